#include "app/print/papersize.h"

#include <algorithm>
#include <array>

namespace limber {

QPageSize paperSizeFor(const QLocale &locale)
{
    // CLDR supplemental data, paperSize "US-Letter".
    static constexpr std::array letterTerritories {QLocale::Belize, QLocale::Canada, QLocale::Chile,
        QLocale::Colombia, QLocale::CostaRica, QLocale::ElSalvador, QLocale::Guatemala,
        QLocale::Mexico, QLocale::Nicaragua, QLocale::Panama, QLocale::Philippines,
        QLocale::PuertoRico, QLocale::UnitedStates, QLocale::Venezuela};
    const bool letter = locale.measurementSystem() == QLocale::ImperialUSSystem
        || std::find(letterTerritories.begin(), letterTerritories.end(), locale.territory())
            != letterTerritories.end();
    return QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
}

} // namespace limber
