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
    int numerusMessages = 0;
    QString error; // the catalogue could not be read
};

// The messages of a .ts whose translation is unfinished or empty; `numerusOnly` looks only at
// counted messages (the French catalogue carries nothing else).
Unfinished unfinishedIn(const QString &path, bool numerusOnly) {
    Unfinished result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
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
            result.numerusMessages += numerus ? 1 : 0;
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
    if (xml.hasError())
        result.error = xml.errorString();
    return result;
}

QString committed(const QString &catalogue) {
    return QStringLiteral(APDESK_SOURCE_DIR "/translations/") + catalogue;
}

// A copy of the catalogue brought up to date with the sources by lupdate. Fails the test (the
// caller checks QTest::currentTestFailed()) when lupdate cannot run or does not succeed: the copy
// would then be the catalogue as committed, and the test would check yesterday's sources.
QString rescanned(const QTemporaryDir &dir, const QString &catalogue) {
    const QString copy = dir.filePath(catalogue);
    if (!QFile::copy(committed(catalogue), copy)) {
        QTest::qFail(
            qPrintable(QStringLiteral("cannot copy %1 to %2").arg(committed(catalogue), copy)),
            __FILE__, __LINE__);
        return copy;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(APDESK_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-extensions"),
                   QStringLiteral("h,cpp"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral(APDESK_SOURCE_DIR "/app"),
                   QStringLiteral(APDESK_SOURCE_DIR "/ui"), QStringLiteral("-ts"), copy});
    QString failure;
    if (!lupdate.waitForFinished(120000) || lupdate.exitStatus() != QProcess::NormalExit)
        failure = QStringLiteral("did not run to its end: ") + lupdate.errorString();
    else if (lupdate.exitCode() != 0)
        failure = QStringLiteral("exited with code %1: ").arg(lupdate.exitCode()) +
                  QString::fromLocal8Bit(lupdate.readAllStandardError());
    if (!failure.isEmpty())
        QTest::qFail(qPrintable(QStringLiteral(APDESK_LUPDATE " ") + failure), __FILE__, __LINE__);
    return copy;
}

// The rescanned catalogue holds about as many messages as the committed one (which the target
// update_translations keeps in step with the sources): far fewer means lupdate scanned nothing,
// or the wrong folders, and "no message unfinished" would then prove nothing.
QString tooFewMessages(const Unfinished &rescan, const QString &catalogue) {
    if (!rescan.error.isEmpty())
        return QStringLiteral("cannot read the rescanned %1: %2").arg(catalogue, rescan.error);
    const Unfinished before = unfinishedIn(committed(catalogue), false);
    if (!before.error.isEmpty() || before.messages < 100 || before.numerusMessages < 10)
        return QStringLiteral("the committed %1 holds %2 messages (%3 counted) %4")
            .arg(catalogue)
            .arg(before.messages)
            .arg(before.numerusMessages)
            .arg(before.error);
    if (rescan.messages < before.messages * 9 / 10 ||
        rescan.numerusMessages < before.numerusMessages * 9 / 10)
        return QStringLiteral("the rescanned %1 holds %2 messages (%3 counted), the committed "
                              "one %4 (%5 counted)")
            .arg(catalogue)
            .arg(rescan.messages)
            .arg(rescan.numerusMessages)
            .arg(before.messages)
            .arg(before.numerusMessages);
    return {};
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private slots:
    void everyFrenchStringHasItsEnglishTranslation() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString catalogue = QStringLiteral("apdesk_en.ts");
        const QString copy = rescanned(dir, catalogue);
        if (QTest::currentTestFailed())
            return;
        const Unfinished missing = unfinishedIn(copy, false);
        const QString tooFew = tooFewMessages(missing, catalogue);
        QVERIFY2(tooFew.isEmpty(), qPrintable(tooFew));
        QVERIFY2(missing.sources.isEmpty(),
                 qPrintable(QStringLiteral("%1 message(s) without English (run the target "
                                           "update_translations, then translate):\n%2")
                                .arg(missing.sources.size())
                                .arg(missing.sources.mid(0, 20).join(QLatin1Char('\n')))));
    }

    void everyCountedMessageHasItsFrenchPluralForms() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString catalogue = QStringLiteral("apdesk_fr.ts");
        const QString copy = rescanned(dir, catalogue);
        if (QTest::currentTestFailed())
            return;
        const Unfinished missing = unfinishedIn(copy, true);
        const QString tooFew = tooFewMessages(missing, catalogue);
        QVERIFY2(tooFew.isEmpty(), qPrintable(tooFew));
        QVERIFY2(missing.sources.isEmpty(),
                 qPrintable(QStringLiteral("run translations/fill_french_plurals.py:\n") +
                            missing.sources.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
