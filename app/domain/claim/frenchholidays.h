#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace apdesk::domain {

// One public holiday ("jour férié") of a given year.
struct PublicHoliday {
    QDate date;
    QString name; // French name, e.g. "Lundi de Pâques"
    QString note; // why it is here when that is not obvious (empty otherwise)
};

// French public holidays, including the Easter-based ones and Alsace-Moselle's two extra days.
// Whit Monday ("lundi de Pentecôte") is kept as a public holiday although many employers make it
// the "journée de solidarité", a day worked unpaid: the DIECCTE guide counts public holidays as
// not chômées, and a clerk who worked it enters those hours as worked.
class FrenchHolidays final {
    Q_DECLARE_TR_FUNCTIONS(FrenchHolidays)

public:
    static QDate easterSunday(int year);
    // Départements 57, 67 and 68 also have Good Friday and 26 December (local law of
    // Alsace-Moselle). The département is the code as written in the SIRET register ("67",
    // "2A", "974").
    static bool isAlsaceMoselle(const QString &departement);
    static QList<PublicHoliday> forYear(int year, const QString &departement);
    static bool isHoliday(const QDate &date, const QString &departement);
};

} // namespace apdesk::domain
