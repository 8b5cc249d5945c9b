#pragma once

#include "exchange/csvproblem.h"

#include <QAbstractTableModel>
#include <QList>

namespace apdesk::ui {

// The problems of a file read for import, in file order: line, column, level and message.
class CsvProblemsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvProblemsModel)

public:
    enum Column { Line, FileColumn, Level, Message, ColumnCount };

    explicit CsvProblemsModel(QObject *parent = nullptr);

    void setProblems(QList<exchange::CsvProblem> problems);
    const exchange::CsvProblem &problem(int row) const { return m_problems.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<exchange::CsvProblem> m_problems;
};

} // namespace apdesk::ui
