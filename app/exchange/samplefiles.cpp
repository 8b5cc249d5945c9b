#include "exchange/samplefiles.h"

#include "domain/nir.h"

#include <QIODevice>

namespace apdesk::exchange {

QString SampleFiles::nir(int index) {
    // Sex, year and month of birth, département 75, then commune and order number from the
    // index: unique up to 999 × 999 employees.
    const QString thirteen = QStringLiteral("%1%2%3%4%5%6")
                                 .arg(1 + index % 2)
                                 .arg(60 + index % 40, 2, 10, QLatin1Char('0'))
                                 .arg(1 + index % 12, 2, 10, QLatin1Char('0'))
                                 .arg(QStringLiteral("75"))
                                 .arg(101 + index / 999, 3, 10, QLatin1Char('0'))
                                 .arg(1 + index % 999, 3, 10, QLatin1Char('0'));
    return thirteen +
           QStringLiteral("%1").arg(domain::Nir::keyFor(thirteen), 2, 10, QLatin1Char('0'));
}

QString SampleFiles::matricule(int index) {
    return QStringLiteral("M%1").arg(index + 1, 6, 10, QLatin1Char('0'));
}

bool SampleFiles::writeEmployees(QIODevice &device, int count) {
    QByteArray chunk = "\xEF\xBB\xBF"
                       "NIR;Matricule;Nom;Prénom;Heures hebdomadaires;Taux horaire brut;"
                       "Taux horaire net;Date d'entrée;Apprenti\r\n";
    for (int i = 0; i < count; ++i) {
        const bool partTime = i % 10 == 9;
        chunk += QStringLiteral("%1;%2;Nom%3;Prénom%3;%4;%5,%6;;01/09/2015;non\r\n")
                     .arg(nir(i), matricule(i))
                     .arg(i)
                     .arg(partTime ? 28 : 35)
                     .arg(11 + i % 20)
                     .arg(i % 100, 2, 10, QLatin1Char('0'))
                     .toUtf8();
        if (chunk.size() > 1 << 16) {
            if (device.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return device.write(chunk) == chunk.size();
}

bool SampleFiles::writeHours(QIODevice &device, int employees, const QDate &month, int weeks) {
    QList<QDate> mondays;
    const QDate first(month.year(), month.month(), 1);
    QDate monday = first.addDays(1 - first.dayOfWeek());
    while (monday <= first.addMonths(1).addDays(-1) && mondays.size() < weeks) {
        mondays << monday;
        monday = monday.addDays(7);
    }
    // Never above a 3-day part of a 28 h contract (16,8 h): the generated claim has no blocking
    // problem.
    static const char *worked[] = {"0", "7", "14", "7h30", "10,5", "3.25"};
    QByteArray chunk = "\xEF\xBB\xBF"
                       "Matricule;Semaine du;Heures travaillées;Heures assimilées\r\n";
    for (int i = 0; i < employees; ++i) {
        for (qsizetype w = 0; w < mondays.size(); ++w) {
            const bool sick = (i + w) % 17 == 0;
            chunk += matricule(i).toUtf8();
            chunk += ';';
            chunk += mondays[w].toString(QStringLiteral("dd/MM/yyyy")).toLatin1();
            chunk += ';';
            chunk += sick ? QByteArray("0;7\r\n") : QByteArray(worked[(i + w) % 6]) + ";0\r\n";
        }
        if (chunk.size() > 1 << 16) {
            if (device.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return device.write(chunk) == chunk.size();
}

} // namespace apdesk::exchange
