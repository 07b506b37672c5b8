#pragma once

#include "domain/Application.h"
#include "domain/Enums.h"
#include "rules/RuleTables.h"

#include <QDate>
#include <QDateTime>
#include <QString>

class QComboBox;

namespace icp {

// Small shared helpers of the wizard pages.
namespace wizard {

// Items of a list in running text ("a, b, c"; "a、b、c" in Chinese): the separator is
// translated, no "and" (domain names and addresses read better without one).
QString joinList(const QStringList& items);

// Whether the UI speaks Chinese (data tables carry Chinese and English names).
bool chineseUi();
QString serviceTypeName(const ServiceType& type);
// Fills `combo` with every province (code as item data), "choose" first with data 0.
void fillProvinces(QComboBox* combo);
// Selects the item whose data equals `value` (or none).
void selectData(QComboBox* combo, const QVariant& value);
// The date in the user's locale, short form ("2025/3/1", "3/1/25").
QString localDate(const QDate& date);
QString localDateTime(const QDateTime& utc);
// A deadline in Beijing time, in the user's locale, saying so ("2026/12/3 23:30 (Beijing time)"):
// the authority counts in Beijing whatever the computer's zone (docs/regulations.md §11).
QString beijingDateTime(const QDateTime& instant);
// Who or what a document is about: "The entity", the person's or the website's name.
QString documentSubjectName(const Application& application, const QString& subjectId);

} // namespace wizard

} // namespace icp

namespace icp::wizard {

// The index of `list` in a field path: listIndex("persons[3].mobile", u"persons") = 3;
// -1 when the path is not inside that list. Nested: listIndex("websites[1].domains[2]", u"domains") = 2.
int listIndex(const QString& fieldPath, QStringView list);

} // namespace icp::wizard
