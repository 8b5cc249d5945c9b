// The English translation is complete and the French plural forms exist, for the sources as they
// are now: lupdate rescans app/ and ui/ into copies of the catalogues, which must then have no
// message left unfinished. A new or changed French string without its English fails here.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Unfinished {
    QStringList sources;
    int messages = 0;
};

// The messages of a .ts whose translation is unfinished or empty; `numerusOnly` looks only at
// counted messages (the French catalogue carries nothing else).
Unfinished unfinishedIn(const QString &path, bool numerusOnly) {
    Unfinished result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    QXmlStreamReader xml(&file);
    bool numerus = false;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            ++result.messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if ((!numerusOnly || numerus) && (unfinished || text.isEmpty()))
                result.sources.append(source);
        }
    }
    return result;
}

QString rescanned(const QTemporaryDir &dir, const QString &catalogue) {
    const QString copy = dir.filePath(catalogue);
    QFile::copy(QStringLiteral(APDESK_SOURCE_DIR "/translations/") + catalogue, copy);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(APDESK_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-extensions"),
                   QStringLiteral("h,cpp"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral(APDESK_SOURCE_DIR "/app"),
                   QStringLiteral(APDESK_SOURCE_DIR "/ui"), QStringLiteral("-ts"), copy});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
        qWarning("lupdate failed: %s", lupdate.readAllStandardError().constData());
    return copy;
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private slots:
    void everyFrenchStringHasItsEnglishTranslation() {
        QTemporaryDir dir;
        const Unfinished missing =
            unfinishedIn(rescanned(dir, QStringLiteral("apdesk_en.ts")), false);
        QVERIFY(missing.messages > 100);
        QVERIFY2(missing.sources.isEmpty(),
                 qPrintable(QStringLiteral("%1 message(s) without English (run the target "
                                           "update_translations, then translate):\n%2")
                                .arg(missing.sources.size())
                                .arg(missing.sources.mid(0, 20).join(QLatin1Char('\n')))));
    }

    void everyCountedMessageHasItsFrenchPluralForms() {
        QTemporaryDir dir;
        const Unfinished missing =
            unfinishedIn(rescanned(dir, QStringLiteral("apdesk_fr.ts")), true);
        QVERIFY2(missing.sources.isEmpty(),
                 qPrintable(QStringLiteral("run translations/fill_french_plurals.py:\n") +
                            missing.sources.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
