#pragma once

#include "claimdocument.h"

#include <QAbstractTableModel>

namespace apdesk::ui {

// The hours grid of an open claim: one row per employee (named in the row header), one group
// of columns per week part of the month with its dates in the header, then the employee's
// indemnifiable hours, indemnity and allocation. In each week group, the figure the clerk
// enters — worked and treated-as-worked hours for a reduction, chômées for a closure, half-days
// for forfait-jours employees — then the indemnifiable hours derived from it.
//
// Edits go to the ClaimDocument (written at once, that employee recomputed); undo and paste go
// through HoursGridEditor, which calls write().
class HoursGridModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoursGridModel)

public:
    enum class Field { Worked, TreatedAsWorked, Chomees, HalfDays, Indemnifiable };
    enum class Total { Hours, Indemnity, Allocation };
    struct Column {
        int week = -1; // -1 for the employee's totals
        Field field = Field::Indemnifiable;
        Total total = Total::Hours;
    };
    // Roles beyond Qt's: the cell's problem (French message), empty when none; the cell's value
    // as it is copied to a spreadsheet ("7,5", "123,45").
    enum Role { ProblemRole = Qt::UserRole + 1, CopyTextRole };

    explicit HoursGridModel(ClaimDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    ClaimDocument *document() const { return m_document; }
    Column column(int section) const { return m_columns.at(section); }
    // Whether the clerk types into this cell (the employee's kind decides, forfait-jours or not).
    bool isEntered(const QModelIndex &index) const;
    // Whether this cell is worked out from others (indemnifiable hours, the employee's totals).
    bool isComputed(const QModelIndex &index) const;
    // The week's hours once `text` is typed into the cell: nullopt with `error` set when the
    // text is not a number of hours (or half-days); a cleared cell (empty text) gives the week
    // without that figure, or no week at all when nothing else is entered in it.
    struct Parsed {
        bool ok = false;
        QString error;
        std::optional<store::WeekHours> hours;
    };
    Parsed parse(const QModelIndex &index, const QString &text) const;
    // The same over `base` (what earlier cells of the same paste made of the week).
    Parsed parse(const QModelIndex &index, const QString &text,
                 const std::optional<store::WeekHours> &base) const;
    // The cell for a problem of the checks: its employee's week and field, or the row header's
    // first column when the problem is about the employee as a whole; invalid for the claim's.
    QModelIndex indexOf(const domain::Problem &problem) const;
    // The column of the employee's indemnity (the "why this amount" column).
    int indemnityColumn() const;

    // The footer's figures: the week's indemnifiable hours and the claim's totals.
    QString totalText(int section) const;

signals:
    // A typed figure, to be written as one undo step (HoursGridEditor).
    void editRequested(const QList<ClaimDocument::CellWrite> &writes, const QString &label);
    // A figure that is not one, or a write the store refused: the French message.
    void writeFailed(const QString &message);

private:
    void buildColumns();
    QString fieldLabel(Field field) const;
    QString cellText(int row, const Column &column, bool forCopy) const;
    QString problemAt(int row, const Column &column) const;
    QString accessibleText(const QModelIndex &index) const;

    ClaimDocument *m_document;
    QList<Column> m_columns;
};

} // namespace apdesk::ui
