#include "pdfpages.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPageSize>

#include <algorithm>
#include <cmath>

namespace apdesk::exchange {

namespace {

// Dots per inch (Qt's default for PDF). Glyphs are placed on whole dots (ShapedText::compact):
// at 1,200 dpi, 0.02 mm, finer than any printer's.
constexpr int resolution = 1200;
// The rules under the rows: 0.085 mm (a dot at 300 dpi), grey.
const QPen rule(QColor(140, 140, 140), resolution / 300.0);
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
    const QFont body(QStringLiteral("DejaVu Sans"), 8);
    QFont bold = body;
    bold.setBold(true);
    m_fonts << body << bold;
    for (const double scale : {1.6, 1.25, 1.05}) { // the headings' levels
        QFont heading = bold;
        heading.setPointSizeF(body.pointSizeF() * scale);
        m_fonts << heading;
    }
    for (const QFont &font : std::as_const(m_fonts))
        m_lineHeights << QFontMetrics(font, &m_writer).height();
    m_text = std::make_unique<ShapedText>(&m_writer, m_fonts, m_lineHeights);
    m_painter.setPen(Qt::black);
    m_lineHeight = m_lineHeights[Body];
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

void PdfPages::draw(const ShapedText::Shape &shape, QPointF topLeft) {
    // Whole dots, as the shape's positions (ShapedText::compact).
    const QPointF offset(std::round(topLeft.x()), std::round(topLeft.y()));
    for (const QGlyphRun &run : shape.runs) {
        // Glyphs of one font join the run queued last: one text object in the PDF for a whole
        // row rather than one per cell.
        if (m_queued.isEmpty() || m_queued.last().font != run.rawFont())
            m_queued << Queued{run.rawFont(), {}, {}};
        Queued &queued = m_queued.last();
        queued.glyphs += run.glyphIndexes();
        for (const QPointF &p : run.positions())
            queued.positions << p + offset;
    }
}

void PdfPages::flush() {
    m_painter.setPen(Qt::black);
    for (const Queued &queued : std::as_const(m_queued)) {
        QGlyphRun run;
        run.setRawFont(queued.font);
        run.setGlyphIndexes(queued.glyphs);
        run.setPositions(queued.positions);
        m_painter.drawGlyphRun(QPointF(0, 0), run);
    }
    m_queued.clear();
}

void PdfPages::drawFooter() {
    const QRect footer(m_area.left(), m_area.bottom() + m_lineHeight, m_area.width(), m_lineHeight);
    const QString page = QCoreApplication::translate("PdfPages", "page %1").arg(m_page);
    const ShapedText::Shape number = m_text->shape(Body, page);
    // A long establishment name is cut rather than written over the page's number.
    draw(m_text->shape(Body, m_footer, ShapedText::Fit::Elide,
                       footer.width() - int(number.width) - 2 * m_lineHeight),
         footer.topLeft());
    draw(number, QPointF(footer.left() + footer.width() - number.width, footer.top()));
    flush();
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
    wrapped(text, level == 1 ? Heading1 : level == 2 ? Heading2 : Heading3, 4);
}

void PdfPages::paragraph(const QString &text, bool bold) {
    wrapped(text, bold ? Bold : Body, 0);
}

// `keepWith`: lines of what follows that must fit on the same page (a heading stays with at
// least three lines of what follows it).
void PdfPages::wrapped(const QString &text, Font font, int keepWith) {
    const ShapedText::Shape shape =
        m_text->shape(font, text, ShapedText::Fit::Wrap, m_area.width());
    const int height = shape.lines * m_lineHeights[font];
    ensureRoom(height + keepWith * m_lineHeight);
    draw(shape, QPointF(m_area.left(), m_y));
    flush();
    m_y += height + m_padding;
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
    m_painter.fillRect(QRect(m_columnX.first(), m_y, m_columnX.last() - m_columnX.first(),
                             rowHeight(titles, Bold)),
                       headerShade);
    row(titles, true);
}

int PdfPages::rowHeight(const QStringList &cells, Font font) {
    int lines = 1;
    for (qsizetype i = 0; i < cells.size() && i < m_columns.size(); ++i) {
        if (!m_columns[i].wraps || cells[i].isEmpty())
            continue;
        const int width = m_columnX[i + 1] - m_columnX[i] - 2 * m_padding;
        lines = std::max(lines, m_text->shape(font, cells[i], ShapedText::Fit::Wrap, width).lines);
    }
    return lines * m_lineHeight + 2 * m_padding;
}

void PdfPages::row(const QStringList &cells, bool bold) {
    const Font font = bold ? Bold : Body;
    const int height = rowHeight(cells, font);
    if (m_y + height > m_area.bottom())
        newPage(); // draws the header again
    for (qsizetype i = 0; i < cells.size() && i < m_columns.size(); ++i) {
        if (cells[i].isEmpty())
            continue;
        const Column &c = m_columns[i];
        const int left = m_columnX[i] + m_padding;
        const int width = m_columnX[i + 1] - m_columnX[i] - 2 * m_padding;
        const ShapedText::Shape shape = m_text->shape(
            font, cells[i], c.wraps ? ShapedText::Fit::Wrap : ShapedText::Fit::Elide, width);
        draw(shape, QPointF(c.rightAligned ? left + width - shape.width : left, m_y + m_padding));
    }
    flush();
    m_painter.setPen(rule);
    m_painter.drawLine(m_columnX.first(), m_y + height, m_columnX.last(), m_y + height);
    m_y += height;
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
