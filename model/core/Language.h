#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace icp {

// The languages the application ships: "en" (source strings) and "zh_CN".
QStringList supportedLanguages();

// Installs (or, on a second call, replaces) the application's and Qt's own
// translators for `language` and makes it the default QLocale, so dates,
// numbers and collation follow. Returns false when `language` is unknown.
bool setLanguage(const QString& language);
QString currentLanguage();

} // namespace icp
