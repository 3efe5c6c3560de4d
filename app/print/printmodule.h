#pragma once

#include <QStringList>

#include <functional>
#include <memory>

class QDialog;
class QPagedPaintDevice;
class QPainter;
class QWidget;

namespace limber {

/// Paints every page of a document; the painter is active on the device.
using PagePainter = std::function<void(QPainter &, QPagedPaintDevice &)>;

/// The print preview window. It lives in the print module (limber-print),
/// the one part of Limber that needs Qt Print Support.
class PrintPreviewMaker
{
public:
    virtual ~PrintPreviewMaker() = default;

    /// A print preview over \a parent, not shown yet, whose pages \a paint
    /// paints on the printer the person picks (and so on its page size).
    /// \a parent owns it.
    virtual QDialog *make(QWidget *parent, const QString &windowTitle, const QString &documentName,
        PagePainter paint) const = 0;
};

/// Loads the print module (see ModuleLoader) when Print… is first chosen:
/// Qt Print Support took milliseconds to load before the first frame.
class PrintModule
{
public:
    /// Where the module is looked for (ModuleLoader::searchPaths()); the
    /// file named by LIMBER_PRINT_MODULE comes first.
    static QStringList searchPaths();

    /// The module's print preview, or null with `problem` set to a sentence
    /// for the person. The module stays loaded until the program ends.
    static std::unique_ptr<PrintPreviewMaker> load(QString *problem);
    /// The same, from the first of `paths` (with or without the file's
    /// suffix) that loads.
    static std::unique_ptr<PrintPreviewMaker> load(const QStringList &paths, QString *problem);
};

} // namespace limber
