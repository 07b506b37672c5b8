#include "wizard/WizardText.h"

#include "core/BeijingTime.h"
#include "validation/Province.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace icp::wizard {

QString joinList(const QStringList& items)
{
    return items.join(QCoreApplication::translate("Wizard", ", ", "separates the items of a list"));
}

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

QString serviceTypeName(const ServiceType& type)
{
    return chineseUi() || type.nameEn.isEmpty() ? type.nameZh : type.nameEn;
}

void fillProvinces(QComboBox* combo)
{
    const int current = combo->currentData().toInt();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(QCoreApplication::translate("Wizard", "(choose a province)"), 0);
    for (const Province& province : Provinces::all())
        combo->addItem(province.displayName(), province.code);
    selectData(combo, current);
}

void selectData(QComboBox* combo, const QVariant& value)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(value));
}

QString documentSubjectName(const Application& application, const QString& subjectId)
{
    if (subjectId.isEmpty())
        return QCoreApplication::translate("Wizard", "The entity");
    for (int i = 0; i < application.persons.size(); ++i) {
        if (application.persons.at(i).id == subjectId)
            return application.persons.at(i).name.isEmpty()
                       ? QCoreApplication::translate("Wizard", "Person %1").arg(i + 1)
                       : application.persons.at(i).name;
    }
    for (int i = 0; i < application.websites.size(); ++i) {
        if (application.websites.at(i).id == subjectId)
            return application.websites.at(i).name.isEmpty()
                       ? QCoreApplication::translate("Wizard", "Website %1").arg(i + 1)
                       : application.websites.at(i).name;
    }
    return QCoreApplication::translate("Wizard", "(no longer in the application)");
}

namespace {

// The locale's short format, with four-digit years ("3/15/82" reads as a different
// century to some; filings span decades).
QString fourDigitYears(QString format)
{
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

} // namespace

QString localDate(const QDate& date)
{
    const QLocale locale;
    return date.isValid() ? locale.toString(date, fourDigitYears(locale.dateFormat(QLocale::ShortFormat)))
                          : QString();
}

QString localDateTime(const QDateTime& utc)
{
    const QLocale locale;
    return utc.isValid() ? locale.toString(utc.toLocalTime(),
                                           fourDigitYears(locale.dateTimeFormat(QLocale::ShortFormat)))
                         : QString();
}

QString beijingDateTime(const QDateTime& instant)
{
    if (!instant.isValid())
        return {};
    const QLocale locale;
    const QString when = locale.toString(beijing::toBeijing(instant),
                                         fourDigitYears(locale.dateTimeFormat(QLocale::ShortFormat)));
    return QCoreApplication::translate("Wizard", "%1 (Beijing time)", "a date and time").arg(when);
}

} // namespace icp::wizard

namespace icp::wizard {

int listIndex(const QString& fieldPath, QStringView list)
{
    const QString needle = list.toString() + u'[';
    qsizetype at = fieldPath.indexOf(needle);
    // The list name must start the path or follow a dot ("domains" must not match "subdomains").
    while (at > 0 && fieldPath.at(at - 1) != u'.')
        at = fieldPath.indexOf(needle, at + 1);
    if (at < 0)
        return -1;
    const qsizetype start = at + needle.size();
    const qsizetype end = fieldPath.indexOf(u']', start);
    if (end < 0)
        return -1;
    bool ok = false;
    const int index = fieldPath.mid(start, end - start).toInt(&ok);
    return ok ? index : -1;
}

} // namespace icp::wizard
