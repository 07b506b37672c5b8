#include "wizard/WizardText.h"

#include "validation/Province.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace icp::wizard {

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

QString path(const char* list, int index, const char* member)
{
    QString result = QString::fromLatin1(list) + u'[' + QString::number(index) + u']';
    if (member)
        result += u'.' + QString::fromLatin1(member);
    return result;
}

QString localDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString localDateTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace icp::wizard
