#pragma once

#include <QMessageBox>

#include <functional>
#include <memory>

namespace apdesk::sqlite {
struct OpenProblem;
}
namespace apdesk::store {
class Store;
}

namespace apdesk::ui {

// What the program says when its store cannot be opened: what is wrong and where the file is
// (the store's own message), and the offer to start on a new store while the old file is kept
// aside under a new name.
class StoreProblemDialog final : public QMessageBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreProblemDialog)

public:
    explicit StoreProblemDialog(const sqlite::OpenProblem &problem, QWidget *parent = nullptr);

    QAbstractButton *startNewButton() const { return m_startNew; }
    QAbstractButton *quitButton() const { return m_quit; }

private:
    QAbstractButton *m_startNew = nullptr;
    QAbstractButton *m_quit = nullptr;
};

// Asked when the store cannot be opened: true to set the file aside and start a new store.
using AskToStartNewStore = std::function<bool(const sqlite::OpenProblem &)>;
// The dialog above, modal.
bool askWithDialog(const sqlite::OpenProblem &problem);

// Opens the store at `path`. On a problem, asks; if the user agrees and the file can be set
// aside, does so and opens a new store at the same path. Returns null when the program cannot
// go on (the user declined, or even a new store could not be created — then `*error` says why).
std::unique_ptr<store::Store> openStore(const QString &path, const AskToStartNewStore &ask,
                                        QString *error);

} // namespace apdesk::ui
