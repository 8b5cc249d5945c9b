#pragma once

#include <QProxyStyle>

namespace apdesk::ui {

// The platform's style, except that the icon of a menu or tool bar's « more » button (shown only
// when the bar does not fit) is read from the style the first time it is drawn rather than
// when the bar is made. Fusion reads it from PNG files, and finding their reader loads every
// image-format plugin and the SVG module: a few milliseconds before the first window, for a
// button a clerk rarely sees.
class StartupStyle final : public QProxyStyle {
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace apdesk::ui
