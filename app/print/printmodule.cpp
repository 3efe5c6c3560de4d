#include "app/print/printmodule.h"

#include "app/modules/moduleloader.h"

#include <QCoreApplication>

namespace limber {

namespace {

constexpr ModuleLoader printModule("limber-print", "LIMBER_PRINT_MODULE");

} // namespace

QStringList PrintModule::searchPaths()
{
    return printModule.searchPaths();
}

std::unique_ptr<PrintPreviewMaker> PrintModule::load(QString *problem)
{
    return load(searchPaths(), problem);
}

std::unique_ptr<PrintPreviewMaker> PrintModule::load(const QStringList &paths, QString *problem)
{
    if (auto made = printModule.make<PrintPreviewMaker>(paths, "limber_create_print_preview_maker"))
        return made;
    *problem = QCoreApplication::translate("limber::PrintModule",
        "Limber's printing part (limber-print) is missing or damaged, so Limber cannot "
        "print. Saving the sheet as a PDF still works, to print it from another program. "
        "Reinstalling Limber brings printing back.");
    return nullptr;
}

} // namespace limber
