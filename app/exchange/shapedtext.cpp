#include "shapedtext.h"

#include <QFontMetricsF>
#include <QTextLayout>

#include <cmath>
#include <limits>

namespace apdesk::exchange {

namespace {

// Enough for every string a control pack repeats (a few hundred) many times over; a shape of a
// table cell holds about a kilobyte (keeping 8,000 was no faster, and took 15 MB more for
// 20,000 employees).
constexpr qsizetype maxShapes = 2000;

} // namespace

ShapedText::ShapedText(QPaintDevice *device, const QList<QFont> &fonts,
                       const QList<int> &lineHeights)
    : m_device(device)
    , m_fonts(fonts)
    , m_lineHeights(lineHeights) {}

ShapedText::Shape ShapedText::shape(int font, const QString &text, Fit fit, int width) {
    switch (fit) {
    case Fit::OneLine:
        return cached({text, font, 0});
    case Fit::Wrap:
        return cached({text, font, std::max(width, 1)});
    case Fit::Elide:
        break;
    }
    Shape whole = cached({text, font, 0});
    if (whole.width <= width)
        return whole;
    return cached({text, font, -std::max(width, 1)});
}

ShapedText::Shape ShapedText::cached(const Key &key) {
    if (const auto found = m_shapes.constFind(key); found != m_shapes.cend())
        return *found;
    if (m_shapes.size() >= maxShapes)
        m_shapes.clear();
    return *m_shapes.insert(key, laidOut(key));
}

ShapedText::Shape ShapedText::laidOut(const Key &key) const {
    const QFont &font = m_fonts.at(key.font);
    QString text = key.text;
    if (key.width < 0)
        text = QFontMetricsF(font, m_device).elidedText(text, Qt::ElideRight, -key.width);
    // Line breaks as QPainter::drawText reads them.
    text.replace(u'\n', QChar::LineSeparator);
    QTextLayout layout(text, font, m_device);
    QTextOption option;
    option.setWrapMode(key.width > 0 ? QTextOption::WordWrap : QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.setCacheEnabled(true); // else endLayout() drops the glyphs, and glyphRuns() shapes again
    Shape shape;
    shape.lines = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        // Lays the line out (a line without a width is laid out only by endLayout(), too late
        // for its width); an unwrapped one as wide as it needs.
        line.setLineWidth(key.width > 0 ? key.width : std::numeric_limits<int>::max());
        line.setPosition(QPointF(0, shape.lines * m_lineHeights.at(key.font)));
        shape.width = std::max(shape.width, line.naturalTextWidth());
        ++shape.lines;
    }
    layout.endLayout();
    shape.lines = std::max(shape.lines, 1);
    shape.runs = layout.glyphRuns();
    for (QGlyphRun &run : shape.runs)
        compact(run);
    return shape;
}

// What QPdfEngine writes of a glyph is its number and its position, both as text: a page's
// text is as long as it has glyphs and as its positions' numbers, and compressing it is most of
// the writing's time. So, without changing the look:
// - positions are rounded to whole dots (at 1,200 dpi, 0.02 mm): a whole number is 3
//   characters, a fraction 10;
// - spaces are not drawn: they show nothing, and readers (pdftotext, viewers' search and copy)
//   see a space in the gap they leave, as in most PDFs.
void ShapedText::compact(QGlyphRun &run) {
    QList<quint32> blanks = run.rawFont().glyphIndexesForString(QStringLiteral(" \u00A0"));
    // A font without a space maps it to glyph 0, the missing-glyph box: a character that font
    // lacks must still show as a box, not vanish.
    blanks.removeAll(0);
    const QList<quint32> glyphs = run.glyphIndexes();
    const QList<QPointF> positions = run.positions();
    QList<quint32> drawn;
    QList<QPointF> at;
    drawn.reserve(glyphs.size());
    at.reserve(glyphs.size());
    for (qsizetype i = 0; i < glyphs.size() && i < positions.size(); ++i) {
        if (blanks.contains(glyphs[i]))
            continue;
        drawn << glyphs[i];
        at << QPointF(std::round(positions[i].x()), std::round(positions[i].y()));
    }
    run.setGlyphIndexes(drawn);
    run.setPositions(at);
}

} // namespace apdesk::exchange
