#pragma once

#include "app/print/pdfexport.h"
#include "app/print/progressreport.h"
#include "core/util/error.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace limber {

class ContentLibrary;
class HistoryStore;

/// File ▸ Export progress report…: asks for a file, reads the open history
/// (read only, through HistoryQueries), and writes the report as a PDF on
/// paper for the user's locale. Dialogs that would block are behind seams,
/// so tests answer them instead of a person.
class ReportPrinter : public QObject
{
    Q_OBJECT

public:
    /// \a store and \a library must outlive this object.
    ReportPrinter(HistoryStore &store, const ContentLibrary &library, QObject *parent = nullptr);
    ~ReportPrinter() override;

    /// Weeks covered, 1..52 (values outside are clamped); 8 by default.
    void setWeeks(int weeks);
    int weeks() const { return m_weeks; }
    /// The day the report is made on; invalid (the default): today.
    void setToday(QDate today) { m_today = today; }

    /// Asks for a file, writes the report there and reports a failure (or
    /// that there is nothing to report, before asking). Returns true when
    /// the file was written.
    bool exportPdf(QWidget *parent);

    /// The report for the current options, in the application's locale;
    /// an error when no session has been recorded yet.
    Result<ProgressReport> report() const;

    /// Seams for tests; the defaults use QFileDialog, QMessageBox and
    /// PdfSavedDialog (PdfExportDialogs::standard()).
    void setSaveFileChooser(SaveFileChooser chooser) { m_dialogs.chooseFile = std::move(chooser); }
    void setProblemReporter(ProblemReporter reporter)
    {
        m_dialogs.reportProblem = std::move(reporter);
    }
    void setSaveConfirmer(SaveConfirmer confirmer)
    {
        m_dialogs.confirmSaved = std::move(confirmer);
    }

Q_SIGNALS:
    void pdfExported(const QString &path);

private:
    QString suggestedPath(const ProgressReport &report) const;

    HistoryStore &m_store;
    const ContentLibrary &m_library;
    int m_weeks;
    QDate m_today;
    PdfExportDialogs m_dialogs;
};

} // namespace limber
