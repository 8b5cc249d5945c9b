#include "frenchphone.h"

#include "identifiertext.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <array>
#include <string>

namespace apdesk::domain {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// Overseas departments are dialled from France with a 10-digit national number (0262…, 0590…,
// 0694…) but are regions of their own, with their own country code, in libphonenumber: read in
// the "FR" plan, 0262 41 23 45 would wrongly become +33 2 62 41 23 45. Their prefixes (ARCEP
// plan) pick the region; every other number is read as metropolitan.
struct OverseasPrefix {
    const char16_t *prefix;
    const char *region;
};
constexpr std::array<OverseasPrefix, 14> overseasPrefixes = {{
    // Réunion
    {u"0262", "RE"},
    {u"0263", "RE"},
    {u"0692", "RE"},
    {u"0693", "RE"},
    // Mayotte
    {u"0269", "YT"},
    {u"0639", "YT"},
    // Guadeloupe, Saint-Barthélemy, Saint-Martin
    {u"0590", "GP"},
    {u"0690", "GP"},
    {u"0691", "GP"},
    // Guyane
    {u"0594", "GF"},
    {u"0694", "GF"},
    // Martinique
    {u"0596", "MQ"},
    {u"0696", "MQ"},
    {u"0697", "MQ"},
}};
// Country codes of France and of those regions: +33, +262, +590, +594, +596, and +508
// (Saint-Pierre-et-Miquelon, reached in international form only).
constexpr std::array<int, 6> frenchCountryCodes = {33, 262, 590, 594, 596, 508};

const char *regionOfNational(QStringView national) {
    for (const auto &entry : overseasPrefixes) {
        if (national.startsWith(QStringView(entry.prefix)))
            return entry.region;
    }
    return "FR";
}

bool isPhoneSeparator(QChar c) {
    return identifiertext::isGroupSeparator(c) || c == u'-' || c == u'/';
}

// "0145678901" → "01 45 67 89 01".
QString groupedByTwo(QStringView digits) {
    QString out;
    for (qsizetype i = 0; i < digits.size(); i += 2) {
        if (!out.isEmpty())
            out += u' ';
        out += digits.mid(i, 2);
    }
    return out;
}

} // namespace

Checked<FrenchPhone> FrenchPhone::parse(QStringView text) {
    using Result = Checked<FrenchPhone>;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result::fail(tr("Aucun numéro de téléphone saisi : 10 chiffres sont attendus "
                               "(par exemple 01 45 67 89 01)."));

    // Keep the digits; "+" only in front, "(0)" only as in "+33 (0)1 45 67 89 01".
    QString digits;
    bool international = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        if (c >= u'0' && c <= u'9') {
            digits += c;
        } else if (c == u'+' && i == 0) {
            international = true;
        } else if (c == u'(' && trimmed.mid(i).startsWith(u"(0)") && international) {
            i += 2;
        } else if (!isPhoneSeparator(c)) {
            return Result::fail(tr("Le caractère %1 (position %2) n'est pas permis dans un numéro "
                                   "de téléphone : seuls des chiffres sont attendus, "
                                   "éventuellement précédés de « + ».")
                                    .arg(identifiertext::quoted(c))
                                    .arg(i + 1));
        }
    }
    if (!international && digits.startsWith(u"00")) {
        international = true;
        digits.remove(0, 2);
    }
    if (digits.isEmpty())
        return Result::fail(tr("Aucun chiffre dans « %1 » : 10 chiffres sont attendus (par "
                               "exemple 01 45 67 89 01).")
                                .arg(trimmed));

    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (international) {
        // "+33 01 45 67 89 01": the national 0 kept after the country code.
        if (digits.startsWith(u"330") && digits.size() == 12)
            digits.remove(2, 1);
        const std::string e164 = "+" + digits.toStdString();
        if (util.Parse(e164, "FR", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
            return Result::fail(
                tr("« %1 » n'est pas un numéro de téléphone international lisible : après "
                   "l'indicatif +33, 9 chiffres sont attendus (+33 1 45 67 89 01).")
                    .arg(trimmed));
        if (std::find(frenchCountryCodes.begin(), frenchCountryCodes.end(),
                      number.country_code()) == frenchCountryCodes.end())
            return Result::fail(tr("L'indicatif +%1 n'est pas celui de la France (+33) ni d'un "
                                   "département d'outre-mer : un numéro français est attendu.")
                                    .arg(number.country_code()));
        if (!util.IsValidNumber(number))
            return Result::fail(tr("« %1 » n'est pas un numéro de téléphone attribué : vérifiez "
                                   "le nombre de chiffres et les premiers chiffres.")
                                    .arg(trimmed));
    } else {
        if (!digits.startsWith(u'0'))
            return Result::fail(tr("Un numéro de téléphone français commence par 0 (ou par +33) : "
                                   "« %1 » commence par %2.")
                                    .arg(trimmed)
                                    .arg(digits.front()));
        if (digits.size() != 10)
            return Result::fail(tr("Un numéro de téléphone compte 10 chiffres (par exemple 01 45 "
                                   "67 89 01) : %n trouvé(s).",
                                   nullptr, int(digits.size())));
        const char *region = regionOfNational(digits);
        if (util.Parse(digits.toStdString(), region, &number) !=
                PhoneNumberUtil::NO_PARSING_ERROR ||
            !util.IsValidNumber(number))
            return Result::fail(tr("Le numéro %1 n'est pas un numéro de téléphone attribué en "
                                   "France : vérifiez les premiers chiffres.")
                                    .arg(groupedByTwo(digits)));
    }

    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    std::string significant;
    util.GetNationalSignificantNumber(number, &significant);
    const QString national = u'0' + QString::fromStdString(significant);

    Kind kind = Kind::Other;
    switch (util.GetNumberType(number)) {
    case PhoneNumberUtil::FIXED_LINE:
        kind = Kind::Landline;
        break;
    case PhoneNumberUtil::MOBILE:
        kind = Kind::Mobile;
        break;
    case PhoneNumberUtil::VOIP:
        // 09 numbers are the landlines of internet boxes.
        if (national.startsWith(u"09"))
            kind = Kind::Landline;
        break;
    default:
        break;
    }
    return Result::ok(FrenchPhone(kind, QString::fromStdString(e164), groupedByTwo(national)));
}

Checked<FrenchPhone> FrenchPhone::parseLandline(QStringView text) {
    auto phone = parse(text);
    if (!phone || phone->kind() == Kind::Landline)
        return phone;
    if (phone->kind() == Kind::Mobile)
        return Checked<FrenchPhone>::fail(
            tr("Le %1 est un numéro de mobile : un numéro de téléphone fixe (01 à 05 ou 09) est "
               "attendu.")
                .arg(phone->national()));
    return Checked<FrenchPhone>::fail(
        tr("Le %1 n'est pas un numéro de téléphone fixe : un numéro commençant par 01 à 05 ou "
           "09 est attendu.")
            .arg(phone->national()));
}

QString FrenchPhone::kindName(Kind kind) {
    switch (kind) {
    case Kind::Landline:
        return tr("fixe");
    case Kind::Mobile:
        return tr("mobile");
    case Kind::Other:
        break;
    }
    return tr("autre");
}

} // namespace apdesk::domain
