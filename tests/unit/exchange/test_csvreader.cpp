#include "exchange/csvreader.h"

#include <QBuffer>
#include <QTest>

using apdesk::exchange::CsvReader;
using apdesk::exchange::CsvRecord;
using apdesk::exchange::TextEncoding;

Q_DECLARE_METATYPE(TextEncoding)

namespace {
struct ReadBack {
    QList<QStringList> records;
    QList<int> lines;
};

ReadBack readAll(CsvReader &reader) {
    ReadBack back;
    CsvRecord record;
    while (reader.next(record)) {
        back.records << record.fields;
        back.lines << record.line;
    }
    return back;
}
} // namespace

// The dialects French Excel and LibreOffice write, each variation on its own.
class TestCsvReader final : public QObject {
    Q_OBJECT

private slots:
    void readsEveryDialect_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("sepLine");
        QTest::addColumn<bool>("crlf");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<int>>("lines");
        const auto utf8 = TextEncoding::Utf8;
        const auto cp1252 = TextEncoding::Windows1252;
        using L = QList<QStringList>;
        using N = QList<int>;

        QTest::newRow("semicolon, LF") << QByteArray("a;b\n1;2\n") << ";" << utf8 << false << false
                                       << false << L{{"a", "b"}, {"1", "2"}} << N{1, 2};
        QTest::newRow("comma (LibreOffice's default)")
            << QByteArray("a,b\n1,2\n") << "," << utf8 << false << false << false
            << L{{"a", "b"}, {"1", "2"}} << N{1, 2};
        QTest::newRow("tab (copied from a sheet)")
            << QByteArray("a\tb\n1\t2\n") << "\t" << utf8 << false << false << false
            << L{{"a", "b"}, {"1", "2"}} << N{1, 2};
        QTest::newRow("UTF-8 with BOM (Excel's CSV UTF-8)")
            << QByteArray("\xEF\xBB\xBFNom;Pr\xC3\xA9nom\n\xC3\x89lise;Zo\xC3\xA9\n") << ";" << utf8
            << true << false << false << L{{"Nom", "Prénom"}, {"Élise", "Zoé"}} << N{1, 2};
        QTest::newRow("UTF-8 without BOM")
            << QByteArray("Nom;Pr\xC3\xA9nom\n\xC3\x89lise;12 \xE2\x82\xAC\n") << ";" << utf8
            << false << false << false << L{{"Nom", "Prénom"}, {"Élise", "12 €"}} << N{1, 2};
        QTest::newRow("Windows-1252 (Excel's plain CSV)")
            << QByteArray("Nom;Pr\xE9nom\n\xC9lise;Zo\xE9 \x80\x9C\n") << ";" << cp1252 << false
            << false << false << L{{"Nom", "Prénom"}, {"Élise", "Zoé €œ"}} << N{1, 2};
        QTest::newRow("Excel's sep= first line")
            << QByteArray("sep=,\r\na;b,c\r\n") << "," << utf8 << false << true << true
            << L{{"a;b", "c"}} << N{2};
        QTest::newRow("sep= in quotes") << QByteArray("\"sep=;\"\na;b\n") << ";" << utf8 << false
                                        << true << false << L{{"a", "b"}} << N{2};
        QTest::newRow("quoted separator")
            << QByteArray("a;b\n\"x;y\";2\n") << ";" << utf8 << false << false << false
            << L{{"a", "b"}, {"x;y", "2"}} << N{1, 2};
        QTest::newRow("doubled quotes")
            << QByteArray("a;b\n\"il dit \"\"oui\"\"\";2\n") << ";" << utf8 << false << false
            << false << L{{"a", "b"}, {"il dit \"oui\"", "2"}} << N{1, 2};
        QTest::newRow("line break in a quoted cell")
            << QByteArray("a;b\n\"l1\nl2\";2\n3;4\n") << ";" << utf8 << false << false << false
            << L{{"a", "b"}, {"l1\nl2", "2"}, {"3", "4"}} << N{1, 2, 4};
        QTest::newRow("CRLF") << QByteArray("a;b\r\n1;2\r\n") << ";" << utf8 << false << false
                              << true << L{{"a", "b"}, {"1", "2"}} << N{1, 2};
        QTest::newRow("CRLF inside a quoted cell")
            << QByteArray("a;b\r\n\"x\r\ny\";2\r\n5;6\r\n") << ";" << utf8 << false << false << true
            << L{{"a", "b"}, {"x\ny", "2"}, {"5", "6"}} << N{1, 2, 4};
        QTest::newRow("blank trailing lines and Excel's empty rows")
            << QByteArray("a;b\r\n1;2\r\n\r\n;;\r\n\r\n") << ";" << utf8 << false << false << true
            << L{{"a", "b"}, {"1", "2"}} << N{1, 2};
        QTest::newRow("blank line in the middle keeps line numbers")
            << QByteArray("a;b\n\n1;2\n") << ";" << utf8 << false << false << false
            << L{{"a", "b"}, {"1", "2"}} << N{1, 3};
        QTest::newRow("no line end at the end")
            << QByteArray("a;b\n1;2") << ";" << utf8 << false << false << false
            << L{{"a", "b"}, {"1", "2"}} << N{1, 2};
        QTest::newRow("commas inside quotes do not count")
            << QByteArray("\"a,b,c\";d\n1;2\n") << ";" << utf8 << false << false << false
            << L{{"a,b,c", "d"}, {"1", "2"}} << N{1, 2};
        QTest::newRow("decimal commas with a semicolon")
            << QByteArray("h;p\n7,5;12,34\n") << ";" << utf8 << false << false << false
            << L{{"h", "p"}, {"7,5", "12,34"}} << N{1, 2};
        QTest::newRow("decimal commas quoted with a comma")
            << QByteArray("h,p\n\"7,5\",\"12,34\"\n") << "," << utf8 << false << false << false
            << L{{"h", "p"}, {"7,5", "12,34"}} << N{1, 2};
        QTest::newRow("empty cells kept")
            << QByteArray("a;b;c\n;2;\n") << ";" << utf8 << false << false << false
            << L{{"a", "b", "c"}, {"", "2", ""}} << N{1, 2};
    }
    void readsEveryDialect() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, separator);
        QFETCH(TextEncoding, encoding);
        QFETCH(bool, bom);
        QFETCH(bool, sepLine);
        QFETCH(bool, crlf);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<int>, lines);
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer);
        const ReadBack back = readAll(reader);
        QVERIFY(!reader.problem());
        QCOMPARE(back.records, records);
        QCOMPARE(back.lines, lines);
        QCOMPARE(QString(reader.dialect().separator), separator);
        QCOMPARE(reader.dialect().encoding, encoding);
        QCOMPARE(reader.dialect().byteOrderMark, bom);
        QCOMPARE(reader.dialect().separatorLine, sepLine);
        QCOMPARE(reader.dialect().crlf, crlf);
    }

    // The encoding is decided on the first non-ASCII byte, however far into the file.
    void decidesTheEncodingOnTheFirstAccentedByte_data() {
        QTest::addColumn<QByteArray>("accent");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::newRow("UTF-8") << QByteArray("\xC3\xA9") << TextEncoding::Utf8;
        QTest::newRow("Windows-1252") << QByteArray("\xE9") << TextEncoding::Windows1252;
    }
    void decidesTheEncodingOnTheFirstAccentedByte() {
        QFETCH(QByteArray, accent);
        QFETCH(TextEncoding, encoding);
        QByteArray bytes = "nom;n\n";
        for (int i = 0; bytes.size() < 200'000; ++i)
            bytes += "Martin;" + QByteArray::number(i) + "\n";
        bytes += "Ren" + accent + ";1\n";
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer);
        const ReadBack back = readAll(reader);
        QCOMPARE(back.records.last(), (QStringList{"René", "1"}));
        QCOMPARE(reader.dialect().encoding, encoding);
    }

    // A UTF-8 "é" cut by the reader's chunk boundary (64 KiB) is completed by the next chunk.
    void joinsACharacterCutBetweenChunks() {
        QByteArray bytes = "\xC3\xA9;x\n";
        while (bytes.size() < 65535)
            bytes += "a";
        bytes.truncate(65535);
        bytes += "\xC3\xA9;2\n";
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer);
        const ReadBack back = readAll(reader);
        QCOMPARE(back.records.size(), 2);
        QVERIFY(back.records[1][0].endsWith(QStringLiteral("aé")));
        QCOMPARE(reader.dialect().encoding, TextEncoding::Utf8);
    }

    // The reader streams: after the first record of a large file it has read one chunk.
    void readsAChunkAtATime() {
        QByteArray bytes = "a;b\n";
        while (bytes.size() < 5'000'000)
            bytes += "123;456\n";
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer);
        CsvRecord record;
        QVERIFY(reader.next(record));
        QVERIFY(reader.next(record));
        QVERIFY2(reader.bytesRead() <= 128 * 1024, qPrintable(QString::number(reader.bytesRead())));
        int count = 0;
        while (reader.next(record))
            ++count;
        QCOMPARE(reader.bytesRead(), qint64(bytes.size()));
        QCOMPARE(count, (bytes.size() - 4) / 8 - 1);
    }

    void reportsAnUnterminatedQuoteWhereItOpened() {
        QByteArray bytes = "a;b;c\n1;2;3\n4;\"5;6\n7;8;9\n";
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer);
        const ReadBack back = readAll(reader);
        QCOMPARE(back.records.size(), 2);
        QVERIFY(reader.problem());
        QCOMPARE(reader.problem()->line, 3);
        QCOMPARE(reader.problem()->column, 2);
        QVERIFY(reader.problem()->message.startsWith(QStringLiteral("Guillemet non refermé")));
    }

    void readsAnEmptyFile() {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer);
        CsvRecord record;
        QVERIFY(!reader.next(record));
        QVERIFY(!reader.problem());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
