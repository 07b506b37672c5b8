#include "documents/IdentifierFinder.h"

#include "validation/ResidentId.h"
#include "validation/Uscc.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;

void addUnique(QStringList& list, const QString& value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

// OCR reads digits as look-alike letters and back; try the variant with letters read
// as digits (a USCC's alphabet has no I, O, S, V, Z; an ID number only digits and X).
QString digitsFromLookAlikes(QString s, bool keepLetters)
{
    for (QChar& c : s) {
        switch (c.unicode()) {
        case 'O':
        case 'Q':
        case 'D':
            if (!keepLetters || c == u'O')
                c = u'0';
            break;
        case 'I':
        case 'L':
            if (!keepLetters || c == u'I')
                c = u'1';
            break;
        case 'S':
            c = u'5';
            break;
        case 'Z':
            c = u'2';
            break;
        case 'B':
            if (!keepLetters)
                c = u'8';
            break;
        default:
            break;
        }
    }
    return s;
}

void findNumbers(const QString& text, QDate today, ReadIdentifiers& out)
{
    // Numbers may be split by single spaces ("1101 0519 …"); join runs of
    // alphanumerics separated by one space, then look at every 18-character window
    // bounded by non-alphanumerics.
    static const QRegularExpression run(u"[0-9A-Za-z]+(?: [0-9A-Za-z]+)*"_s);
    for (auto it = run.globalMatch(text); it.hasNext();) {
        const QString joined = it.next().captured().remove(u' ').toUpper();
        if (joined.size() < 18 || joined.size() > 40)
            continue;
        // Try each 18-character window only when the run is exactly 18, or contains a
        // label glued to the number ("NO91110000…"): windows at the end and the start.
        QStringList windows{joined.left(18), joined.right(18)};
        if (joined.size() == 18)
            windows = {joined};
        for (const QString& w : std::as_const(windows)) {
            for (const QString& candidate :
                 {w, digitsFromLookAlikes(w, true), digitsFromLookAlikes(w, false)}) {
                if (const auto uscc = parseUscc(candidate); uscc.ok()) {
                    addUnique(out.usccs, uscc->code);
                    break;
                }
                if (const auto id = parseResidentId(candidate, today); id.ok()) {
                    addUnique(out.residentIds, id->number);
                    break;
                }
            }
        }
    }
}

QDate dateFrom(const QRegularExpressionMatch& m, int first)
{
    return QDate(m.captured(first).toInt(), m.captured(first + 1).toInt(), m.captured(first + 2).toInt());
}

void findDates(const QString& text, ReadIdentifiers& out)
{
    const QString date = u"(\\d{4})\\s*[年.\\-/]\\s*(\\d{1,2})\\s*[月.\\-/]\\s*(\\d{1,2})\\s*日?"_s;
    // 有效期限 2016.03.01-2036.03.01 (ID back), 营业期限 2015年03月01日 至 长期 (licence)
    static const QRegularExpression period(
        u"(?:有效期限|营业期限|有效期|Valid(?:ity)?(?: period)?)\\s*[:：]?\\s*"_s + date +
            u"\\s*(?:至|到|-|—|–|~|to)\\s*(?:"_s + date + u"|(长期|long[- ]term))"_s,
        unicode | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression until(
        u"(?:有效期至|有效期限至|Valid until|Expires(?: on)?)\\s*[:：]?\\s*"_s + date,
        unicode | QRegularExpression::CaseInsensitiveOption);
    if (const auto m = period.match(text); m.hasMatch()) {
        out.validFrom = dateFrom(m, 1);
        if (!m.captured(7).isEmpty())
            out.longTerm = true;
        else
            out.validUntil = dateFrom(m, 4);
        return;
    }
    if (const auto m = until.match(text); m.hasMatch())
        out.validUntil = dateFrom(m, 1);
}

void findNames(const QString& text, ReadIdentifiers& out)
{
    static const QRegularExpression entity(u"(?:名\\s*称|单位名称|企业名称|主办单位|委托单位)\\s*[:：]?\\s*"
                                           "([\\p{Han}A-Za-z0-9（）()·]{2,40}?(?:有限责任公司|股份有限公司|"
                                           "有限公司|公司|中心|事务所|研究院|研究所|"
                                           "协会|学会|基金会|医院|学校|大学|合作社|工作室|委员会|局))"_s,
                                           unicode);
    for (auto it = entity.globalMatch(text); it.hasNext();)
        addUnique(out.entityNames, it.next().captured(1));
    if (out.entityNames.isEmpty()) {
        static const QRegularExpression company(
            u"([\\p{Han}（）()]{2,30}(?:有限责任公司|股份有限公司|有限公司))"_s, unicode);
        for (auto it = company.globalMatch(text); it.hasNext();)
            addUnique(out.entityNames, it.next().captured(1));
    }
    static const QRegularExpression person(
        u"姓\\s*名\\s*[:：]?\\s*([\\p{Han}·]{2,6}?)(?=\\s|性|$|[A-Za-z0-9])"_s, unicode);
    for (auto it = person.globalMatch(text); it.hasNext();)
        addUnique(out.personNames, it.next().captured(1));
}

} // namespace

QString normaliseDocumentText(const QString& text)
{
    // NFKC maps the Kangxi radicals (U+2F00–U+2FD5, "⽤" for 用) to the characters;
    // the CJK Radicals Supplement (U+2E80–U+2EFF) has no such mapping, yet PDF writers'
    // ToUnicode maps use its simplified forms ("⻓" for 长). Toolchain notes §5.
    static const QHash<char16_t, char16_t> radicals{
        {0x2ECB, 0x8F66}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8}, {0x2ED8, 0x9752}, {0x2ED9, 0x97E6},
        {0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF}, {0x2EE2, 0x9A6C},
        {0x2EE3, 0x9AA8}, {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364},
        {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4}, {0x2EEC, 0x9F50}, {0x2EEE, 0x9F7F}, {0x2EF0, 0x9F99},
        {0x2EF3, 0x9F9F}, {0x2EC5, 0x89C1}, {0x2EC9, 0x8D1D}, {0x2EC8, 0x8BA0}, {0x2EC4, 0x897F},
        {0x2EC6, 0x89D2}, {0x2EA0, 0x6C11}, {0x2E9F, 0x6BCD}, {0x2ED1, 0x9577}, {0x2ECA, 0x8DB3},
        {0x2ECF, 0x961D}, {0x2E85, 0x4EBB}, {0x2EA1, 0x6C35}, {0x2E98, 0x624C}, {0x2EAE, 0x7AF9},
        {0x2EBE, 0x8279}, {0x2ED6, 0x961D}, {0x2E8C, 0x5C0F}, {0x2E97, 0x5FC3}, {0x2ECC, 0x8FB6},
        {0x2EA9, 0x738B}, {0x2EAA, 0x758B}, {0x2EAC, 0x793A}, {0x2EB6, 0x7F8A}, {0x2EB8, 0x7F8A},
        {0x2EBB, 0x807F}, {0x2EC2, 0x8864}, {0x2ED7, 0x96E8}};
    QString s = text.normalized(QString::NormalizationForm_KC);
    for (QChar& c : s) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2EFF)
            c = QChar(radicals.value(c.unicode(), c.unicode()));
    }
    return s;
}

ReadIdentifiers findIdentifiers(const QString& raw, QDate today)
{
    ReadIdentifiers out;
    const QString text = normaliseDocumentText(raw);
    findNumbers(text, today, out);
    findDates(text, out);
    findNames(text, out);
    return out;
}

} // namespace icp
