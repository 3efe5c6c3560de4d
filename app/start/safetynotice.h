#pragma once

#include <QDialog>

namespace limber {

class Settings;

/// The short safety notice: shown on first run until accepted, and readable
/// again from Help. It opens with open(), never exec(), so nothing blocks:
/// the window stays painted behind it and tests can answer it like a person.
class SafetyNotice : public QDialog
{
    Q_OBJECT

public:
    /// Raise when the wording changes in a way everyone should read again.
    static constexpr int currentVersion = 1;

    enum class Purpose {
        FirstRun, ///< "I understand" records acceptance; "Quit" rejects
        Reading, ///< only a Close button
    };

    explicit SafetyNotice(Purpose purpose, QWidget *parent = nullptr);

    /// The notice as rich text.
    static QString noticeText();
    /// Opens the first-run notice if this version has not been accepted yet
    /// and returns it (it deletes itself when closed); returns null when
    /// there is nothing to show. Accepting stores the version in settings.
    static SafetyNotice *openIfNeeded(Settings &settings, QWidget *parent);
    /// Opens the notice for reading again (Help ▸ Safety notice).
    static SafetyNotice *openForReading(QWidget *parent);

    Purpose purpose() const { return m_purpose; }

private:
    Purpose m_purpose;
};

} // namespace limber
