#include "pdfpages.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>

#include <algorithm>

namespace apdesk::exchange {

namespace {

constexpr int resolution = 300; // dots per inch: small files, sharp print
const QColor rule(140, 140, 140);
const QColor headerShade(225, 225, 225);

} // namespace

PdfPages::PdfPages(const QString &path, const QString &title, const QString &footer)
    : m_writer(path)
    , m_footer(footer) {
    m_writer.setResolution(resolution);
    m_writer.setTitle(title);
    m_writer.setCreator(QStringLiteral("AP Desk"));
    m_writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                       QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    if (!m_painter.begin(&m_writer))
        return;
    m_body = QFont(QStringLiteral("DejaVu Sans"), 8);
    m_bold = m_body;
    m_bold.setBold(true);
    m_painter.setFont(m_body);
    m_lineHeight = m_painter.fontMetrics().height();
    m_padding = m_lineHeight / 4;
    const QRect page = m_writer.pageLayout().paintRectPixels(resolution);
    m_area = QRect(0, 0, page.width(), page.height() - 2 * m_lineHeight);
    m_page = 1;
    m_y = m_area.top();
}

PdfPages::~PdfPages() {
    if (m_painter.isActive())
        m_painter.end();
}

void PdfPages::drawFooter() {
    m_painter.setFont(m_body);
    m_painter.setPen(Qt::black);
    const QRect footer(m_area.left(), m_area.bottom() + m_lineHeight, m_area.width(), m_lineHeight);
    const QString page = QCoreApplication::translate("PdfPages", "page %1").arg(m_page);
    const int pageWidth = m_painter.fontMetrics().horizontalAdvance(page) + 2 * m_lineHeight;
    // A long establishment name is cut rather than written over the page's number.
    m_painter.drawText(
        footer, Qt::AlignLeft | Qt::AlignVCenter,
        m_painter.fontMetrics().elidedText(m_footer, Qt::ElideRight, footer.width() - pageWidth));
    m_painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, page);
}

void PdfPages::newPage() {
    drawFooter();
    m_writer.newPage();
    ++m_page;
    m_y = m_area.top();
    if (!m_columns.isEmpty())
        drawHeaderRow();
}

void PdfPages::ensureRoom(int height) {
    // Not at the top of a page (a block taller than a page is cut by the page's end, not moved
    // to page after page); just under a table's header counts as the top.
    const int top = m_area.top() + (m_columns.isEmpty() ? 0 : 2 * m_lineHeight);
    if (m_y + height > m_area.bottom() && m_y > top)
        newPage();
}

void PdfPages::heading(const QString &text, int level) {
    QFont font = m_bold;
    font.setPointSizeF(m_body.pointSizeF() * (level == 1 ? 1.6 : level == 2 ? 1.25 : 1.05));
    m_painter.setFont(font);
    const QRect box = m_painter.boundingRect(QRect(0, 0, m_area.width(), 10 * m_lineHeight),
                                             Qt::TextWordWrap, text);
    // A heading stays with at least three lines of what follows it.
    ensureRoom(box.height() + 4 * m_lineHeight);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRect(m_area.left(), m_y, m_area.width(), box.height()), Qt::TextWordWrap,
                       text);
    m_y += box.height() + m_padding;
    m_painter.setFont(m_body);
}

void PdfPages::paragraph(const QString &text, bool bold) {
    m_painter.setFont(bold ? m_bold : m_body);
    const QRect box = m_painter.boundingRect(QRect(0, 0, m_area.width(), 100 * m_lineHeight),
                                             Qt::TextWordWrap, text);
    ensureRoom(box.height());
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRect(m_area.left(), m_y, m_area.width(), box.height()), Qt::TextWordWrap,
                       text);
    m_y += box.height() + m_padding;
    m_painter.setFont(m_body);
}

void PdfPages::space(double lines) {
    // No page is opened for a gap: what comes next opens it if it must (the last gap of the
    // document leaves no empty page).
    m_y = std::min(m_y + int(lines * m_lineHeight), m_area.bottom() + 1);
}

void PdfPages::beginTable(const QList<Column> &columns) {
    // Room for the header and two rows first, while no table is open: a page opened here must
    // not draw a header that the lines below draw again.
    m_columns.clear();
    ensureRoom(3 * (m_lineHeight + 2 * m_padding));
    m_columns = columns;
    double shares = 0;
    for (const Column &c : columns)
        shares += c.share;
    m_columnX.clear();
    double x = m_area.left();
    for (const Column &c : columns) {
        m_columnX << int(x);
        x += m_area.width() * c.share / shares;
    }
    m_columnX << m_area.right();
    drawHeaderRow();
}

void PdfPages::drawHeaderRow() {
    QStringList titles;
    for (const Column &c : std::as_const(m_columns))
        titles << c.title;
    m_painter.fillRect(
        QRect(m_columnX.first(), m_y, m_columnX.last() - m_columnX.first(), rowHeight(titles)),
        headerShade);
    row(titles, true);
}

int PdfPages::rowHeight(const QStringList &cells) const {
    int lines = 1;
    for (qsizetype i = 0; i < cells.size() && i < m_columns.size(); ++i) {
        if (!m_columns[i].wraps || cells[i].isEmpty())
            continue;
        const int width = m_columnX[i + 1] - m_columnX[i] - 2 * m_padding;
        const QRect box = m_painter.fontMetrics().boundingRect(
            QRect(0, 0, width, 100 * m_lineHeight), Qt::TextWordWrap, cells[i]);
        lines = std::max(lines, (box.height() + m_lineHeight - 1) / m_lineHeight);
    }
    return lines * m_lineHeight + 2 * m_padding;
}

void PdfPages::row(const QStringList &cells, bool bold) {
    m_painter.setFont(bold ? m_bold : m_body);
    const int height = rowHeight(cells);
    if (m_y + height > m_area.bottom()) {
        newPage(); // draws the header again
        m_painter.setFont(bold ? m_bold : m_body);
    }
    m_painter.setPen(Qt::black);
    for (qsizetype i = 0; i < cells.size() && i < m_columns.size(); ++i) {
        const QRect cell(m_columnX[i] + m_padding, m_y + m_padding,
                         m_columnX[i + 1] - m_columnX[i] - 2 * m_padding, height - 2 * m_padding);
        const Column &c = m_columns[i];
        const int align = (c.rightAligned ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
        if (c.wraps)
            m_painter.drawText(cell, align | Qt::TextWordWrap, cells[i]);
        else
            m_painter.drawText(
                cell, align,
                m_painter.fontMetrics().elidedText(cells[i], Qt::ElideRight, cell.width()));
    }
    m_painter.setPen(rule);
    m_painter.drawLine(m_columnX.first(), m_y + height, m_columnX.last(), m_y + height);
    m_y += height;
    m_painter.setFont(m_body);
}

void PdfPages::endTable() {
    m_columns.clear();
    m_y += m_padding;
}

bool PdfPages::finish() {
    if (!m_painter.isActive())
        return false;
    drawFooter();
    return m_painter.end();
}

} // namespace apdesk::exchange
