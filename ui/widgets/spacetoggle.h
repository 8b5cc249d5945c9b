#pragma once

#include <functional>

class QAbstractItemView;

namespace apdesk::ui {

// Space on a list of check boxes ticks or unticks the current row whatever its current column
// (an item view toggles only the cell that holds the box): `toggle` gets the row.
void toggleRowsWithSpace(QAbstractItemView *view, std::function<void(int row)> toggle);

} // namespace apdesk::ui
