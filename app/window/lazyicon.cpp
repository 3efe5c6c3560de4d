#include "app/window/lazyicon.h"

#include <QIconEngine>
#include <QPainter>

#include <memory>
#include <optional>

namespace limber {

namespace {

/// The state an icon and its copies share: made once, whichever asks first.
struct LazyIconState
{
    std::function<QIcon()> make;
    std::optional<QIcon> icon;

    const QIcon &get()
    {
        if (!icon) {
            icon = make();
            make = nullptr; // what it held is no longer needed
        }
        return *icon;
    }
};

class LazyIconEngine : public QIconEngine
{
public:
    explicit LazyIconEngine(std::shared_ptr<LazyIconState> state)
        : m_state(std::move(state))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        m_state->get().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_state->get().pixmap(size, mode, state);
    }

    QPixmap scaledPixmap(
        const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return m_state->get().pixmap(size, scale, mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_state->get().actualSize(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return m_state->get().availableSizes(mode, state);
    }

    QIconEngine *clone() const override { return new LazyIconEngine(m_state); }

    QString key() const override { return QStringLiteral("limber-lazy"); }

private:
    std::shared_ptr<LazyIconState> m_state;
};

} // namespace

QIcon lazyIcon(std::function<QIcon()> make)
{
    auto state = std::make_shared<LazyIconState>();
    state->make = std::move(make);
    return QIcon(new LazyIconEngine(std::move(state)));
}

} // namespace limber
