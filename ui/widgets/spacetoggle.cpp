#include "spacetoggle.h"

#include <QAbstractItemView>
#include <QKeyEvent>

#include <utility>

namespace apdesk::ui {

namespace {

class SpaceToggle final : public QObject {
public:
    SpaceToggle(QAbstractItemView *view, std::function<void(int)> toggle)
        : QObject(view)
        , m_view(view)
        , m_toggle(std::move(toggle)) {
        view->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == m_view && event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
                if (const int row = m_view->currentIndex().row(); row >= 0)
                    m_toggle(row);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemView *m_view;
    std::function<void(int)> m_toggle;
};

} // namespace

void toggleRowsWithSpace(QAbstractItemView *view, std::function<void(int row)> toggle) {
    new SpaceToggle(view, std::move(toggle));
}

} // namespace apdesk::ui
