#pragma once

#include <QString>
#include <QStringView>

namespace icp {

// How a registrar the user typed is compared with one name of the `registrars` table
// (docs/regulations.md §5.1, R23). Never a bare substring test: "ename.com" (易名, an
// accredited registrar in Xiamen) contains "name.com" (a foreign one).
// - A table entry that is a domain ("ename.com") matches the typed text when the text is that
//   domain, a host under it (www.ename.com, https://www.ename.com/path), or contains it as a
//   whole domain ("Name.com, Inc." matches name.com; "ename.com" and "name.com.cn" do not).
// - A Latin name ("godaddy", "alibaba cloud international") matches as whole words
//   ("GoDaddy.com, LLC" matches godaddy; "hovercraft" does not match hover).
// - A name in Chinese characters matches where it appears: Chinese has no word breaks and the
//   brand is part of the company name (厦门易名科技股份有限公司 contains 易名).
// `typed` is compared case-insensitively after NFKC folding; `entry` is lower-case.
bool registrarNameMatches(QStringView typed, QStringView entry);

// The typed text in the form registrarNameMatches() compares (NFKC, lower-case, trimmed).
QString normaliseRegistrarInput(QStringView typed);

} // namespace icp
