#include "documents/IdentifierFinder.h"

#include "documents/DocumentText.h"
#include "validation/ResidentId.h"
#include "validation/Uscc.h"

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
