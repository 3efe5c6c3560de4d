#include "app/help/guidedialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"guideDialog"_s);
    setWindowTitle(tr("Guide — Limber"));

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"guideText"_s);
    m_browser->setAccessibleName(tr("Guide"));
    m_browser->setOpenLinks(false);
    m_browser->setHtml(guideHtml());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(560, 520);
    m_browser->setFocus();
}

QString GuideDialog::guideHtml()
{
    return tr("<h2>Using Limber</h2>"
              "<p>Limber guides you through stretching routines for the hips and the lower back. "
              "Ask your doctor or physiotherapist before you start, and stop if a stretch causes "
              "sharp or growing pain.</p>"
              "<h3>A session</h3>"
              "<p>The Today page shows the routine that Start begins, how long it takes and its "
              "exercises. Press a picture to read about an exercise, or choose another routine "
              "from the list. Then press Start.</p>"
              "<p>Each exercise begins with a short time to get into position. After that, Limber "
              "times every hold, tells you when to switch sides and counts down the last seconds. "
              "You do not need to touch the computer until the end.</p>"
              "<p>During a session: Space pauses, Right skips, Left goes back, + adds 15 seconds, "
              "? or F1 shows the exercise, and Esc stops. If a stretch hurts, press "
              "\u201cIt hurts \u2014 stop\u201d (or H): Limber tells you how to come out of it "
              "safely and notes why the session ended.</p>"
              "<h3>Your progress</h3>"
              "<p>History shows the minutes you held each week, left and right side by side, and "
              "how your pain changed. When holds feel easy over several days, the Today page may "
              "offer a slightly longer one; nothing changes until you accept.</p>"
              "<h3>Your own routines</h3>"
              "<p>On the Routines page, duplicate a routine or make a new one, then choose its "
              "exercises and how long each hold lasts. Every change is kept at once and can be "
              "undone with Ctrl+Z.</p>"
              "<h3>On paper</h3>"
              "<p>Print makes a sheet of your routine with its pictures, to pin on the wall, and "
              "a grid to tick off each day if you like.</p>"
              "<h3>Settings</h3>"
              "<p>Choose the voice, the sounds, the breathing pace and reminders to stretch. "
              "Help \u25b8 Keyboard Shortcuts lists every key.</p>");
}

} // namespace limber
