#pragma once

#include <QString>

namespace icp::test {

// The full-width form (U+FF01…U+FF5E) of every printable ASCII character in `text`;
// other characters stay as they are. Input methods produce these, and every parser
// must read them like their ASCII forms.
QString toFullWidth(const QString& text);

} // namespace icp::test
