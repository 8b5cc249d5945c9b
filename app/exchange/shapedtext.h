#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QList>
#include <QString>

class QPaintDevice;

namespace apdesk::exchange {

// Text shaped once and then drawn as positioned glyphs (QPainter::drawGlyphRun). QPainter's
// drawText lays a string out again at every call (and QStaticText does too on the PDF engine,
// which is not a QPaintEngineEx); a control pack draws the same few hundred strings — column
// titles, week dates, hours — hundreds of thousands of times, and shaping them was half of its
// writing time. Strings are kept until the cache holds a few thousand, then it starts again, so
// that a document of unique names does not keep them all.
class ShapedText final {
    Q_DISABLE_COPY_MOVE(ShapedText)

public:
    enum class Fit {
        OneLine, // as long as it is
        Elide,   // cut with "…" to the width
        Wrap,    // on as many lines as the width takes, at word boundaries
    };
    struct Shape {
        QList<QGlyphRun> runs; // positions in whole dots from the top left of the text's box
        qreal width = 0;       // of its longest line
        int lines = 1;
    };

    // `fonts` are named by their index below; lines are `lineHeight` apart, as the page's rows.
    ShapedText(QPaintDevice *device, const QList<QFont> &fonts, const QList<int> &lineHeights);

    Shape shape(int font, const QString &text, Fit fit = Fit::OneLine, int width = 0);

private:
    struct Key {
        QString text;
        int font = 0;
        int width = 0; // 0 on one line, negative elided to −width, positive wrapped to width

        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) {
            return qHashMulti(seed, key.text, key.font, key.width);
        }
    };
    Shape laidOut(const Key &key) const;
    static void compact(QGlyphRun &run);
    Shape cached(const Key &key);

    QPaintDevice *m_device;
    QList<QFont> m_fonts;
    QList<int> m_lineHeights;
    QHash<Key, Shape> m_shapes;
};

} // namespace apdesk::exchange
