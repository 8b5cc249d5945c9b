#pragma once

#include "shapedtext.h"

#include <QFont>
#include <QGlyphRun>
#include <QList>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QString>

#include <memory>

namespace apdesk::exchange {

// A paginated PDF written from top to bottom with QPainter: headings, paragraphs and tables
// whose header row is drawn again at the top of every page a table runs onto, and a footer on
// every page. Black text and grey rules only, so that it reads the same printed in black and
// white. Laid out as it is drawn, one row at a time, so that a 20,000-employee claim is written
// in seconds (QTextDocument lays the whole document out first, minutes at that size); each
// string is shaped once (ShapedText), and a row's cells are drawn as one run of glyphs.
class PdfPages final {
public:
    struct Column {
        QString title;
        double share = 1; // of the page's width, relative to the other columns
        bool rightAligned = false;
        bool wraps = false; // long text on several lines; the others are cut with "…"
    };

    // `footer`: drawn on each page before its number ("… — page 3").
    PdfPages(const QString &path, const QString &title, const QString &footer);
    ~PdfPages();

    bool isOpen() const { return m_painter.isActive(); }
    void heading(const QString &text, int level = 1);
    void paragraph(const QString &text, bool bold = false);
    // A gap between blocks (never a page by itself).
    void space(double lines = 0.5);
    void beginTable(const QList<Column> &columns);
    void row(const QStringList &cells, bool bold = false);
    void endTable();
    // Ends the document; false when the file could not be written.
    bool finish();
    int pageCount() const { return m_page; }

private:
    enum Font { Body, Bold, Heading1, Heading2, Heading3 }; // indexes of m_fonts

    void newPage();
    void ensureRoom(int height);
    void drawHeaderRow();
    int rowHeight(const QStringList &cells, Font font);
    void drawFooter();
    void wrapped(const QString &text, Font font, int keepWith);
    // Queues `shape` at `topLeft`; flush() draws what is queued in as few runs as it can.
    void draw(const ShapedText::Shape &shape, QPointF topLeft);
    void flush();

    QPdfWriter m_writer;
    QPainter m_painter;
    QString m_footer;
    QList<QFont> m_fonts;
    QList<int> m_lineHeights; // of each font
    std::unique_ptr<ShapedText> m_text;
    struct Queued {
        QRawFont font;
        QList<quint32> glyphs;
        QList<QPointF> positions;
    };
    QList<Queued> m_queued;
    int m_lineHeight = 0; // of the body
    int m_padding = 0;
    QRect m_area; // the page inside its margins, footer excluded
    int m_y = 0;
    int m_page = 0;
    QList<Column> m_columns;
    QList<int> m_columnX; // left edge of each column, and the right edge of the last
};

} // namespace apdesk::exchange
