#include "rules/RegistrarName.h"

using namespace Qt::StringLiterals;

namespace icp {

namespace {

bool isWordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-';
}

bool hasHan(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

// Whether `entry` occurs in `text` at `at` as a whole word (or a whole domain when it is one).
bool wholeAt(QStringView text, qsizetype at, QStringView entry, bool domain)
{
    if (at > 0 && isWordCharacter(text.at(at - 1)))
        return false; // "ename.com" is not "name.com"
    const qsizetype end = at + entry.size();
    if (end == text.size())
        return true;
    if (isWordCharacter(text.at(end)))
        return false;
    // A domain followed by ".<label>" is a longer domain (name.com.cn), a name followed by
    // ".com" is the brand's own domain (GoDaddy.com).
    return !(domain && text.at(end) == u'.' && end + 1 < text.size() && isWordCharacter(text.at(end + 1)));
}

} // namespace

QString normaliseRegistrarInput(QStringView typed)
{
    return typed.toString().normalized(QString::NormalizationForm_KC).trimmed().toLower();
}

bool registrarNameMatches(QStringView typed, QStringView entry)
{
    if (entry.isEmpty())
        return false;
    const QString text = normaliseRegistrarInput(typed);
    if (hasHan(entry))
        return text.contains(entry);
    const bool domain = entry.contains(u'.') && !entry.contains(u' ');
    for (qsizetype at = text.indexOf(entry); at >= 0; at = text.indexOf(entry, at + 1)) {
        if (wholeAt(text, at, entry, domain))
            return true;
    }
    return false;
}

} // namespace icp
