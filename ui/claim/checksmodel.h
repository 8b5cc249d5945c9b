#pragma once

#include "domain/claim/claimresult.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace apdesk::ui {

class ClaimDocument;

// The "Contrôles" panel: the claim's blocking problems, then its warnings, each with its
// employee and week. Refreshed once per turn of the event loop after changes (a paste changes
// many employees; typing must not wait for the list).
class ChecksModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksModel)

public:
    enum Column { Level, Employee, Week, Message, ColumnCount };

    explicit ChecksModel(ClaimDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const domain::Problem &problem(int row) const { return m_problems.at(row); }
    int blockingCount() const { return m_blocking; }
    int warningCount() const { return m_problems.size() - m_blocking; }
    // "2 problèmes bloquants, 1 avertissement".
    QString summary() const;
    // Reads the document's problems now (rather than at the next turn of the event loop).
    void refresh();

signals:
    void refreshed();

private:
    ClaimDocument *m_document;
    QList<domain::Problem> m_problems;
    int m_blocking = 0;
    QTimer m_refresh;
};

} // namespace apdesk::ui
