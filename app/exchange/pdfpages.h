#pragma once

#include <QFont>
#include <QList>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

#include <memory>

namespace apdesk::exchange {

// A paginated PDF written from top to bottom with QPainter: headings, paragraphs and tables
// whose header row is drawn again at the top of every page a table runs onto, and a footer on
// every page. Black text and grey rules only, so that it reads the same printed in black and
// white. Laid out as it is drawn, one row at a time, so that a 20,000-employee claim is written
// in seconds (QTextDocument lays the whole document out first, minutes at that size).
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
    void newPage();
    void ensureRoom(int height);
    void drawHeaderRow();
    int rowHeight(const QStringList &cells) const;
    void drawFooter();

    QPdfWriter m_writer;
    QPainter m_painter;
    QString m_footer;
    QFont m_body;
    QFont m_bold;
    int m_lineHeight = 0;
    int m_padding = 0;
    QRect m_area; // the page inside its margins, footer excluded
    int m_y = 0;
    int m_page = 0;
    QList<Column> m_columns;
    QList<int> m_columnX; // left edge of each column, and the right edge of the last
};

} // namespace apdesk::exchange
