#pragma once

// Internal helpers shared by the identity and contact validators (not part of
// the model's public API). People in China often type with a full-width IME,
// so every validator folds full-width ASCII (U+FF01–U+FF5E) and the ideographic
// space to their ASCII forms before it checks a format.

#include <QStringView>

namespace icp::detail {

// Full-width ASCII → ASCII; the ideographic space and full stop → ' ' and '.'.
constexpr char16_t foldFullWidth(char16_t c) noexcept
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        return char16_t(c - 0xFEE0);
    if (c == 0x3000)
        return u' ';
    if (c == 0x3002) // 。 typed for a dot in e-mail domains
        return u'.';
    return c;
}

constexpr bool isAsciiDigit(char16_t c) noexcept
{
    return c >= u'0' && c <= u'9';
}

constexpr bool isAsciiUpper(char16_t c) noexcept
{
    return c >= u'A' && c <= u'Z';
}

constexpr char16_t toAsciiUpper(char16_t c) noexcept
{
    return (c >= u'a' && c <= u'z') ? char16_t(c - (u'a' - u'A')) : c;
}

// Whitespace as a user would see it: ASCII, Unicode spaces (U+3000 included) and
// their full-width folds.
inline bool isBlank(char16_t c) noexcept
{
    return QChar::isSpace(c);
}

inline QStringView trimmedView(QStringView input) noexcept
{
    qsizetype begin = 0;
    qsizetype end = input.size();
    while (begin < end && isBlank(input[begin].unicode()))
        ++begin;
    while (end > begin && isBlank(input[end - 1].unicode()))
        --end;
    return input.sliced(begin, end - begin);
}

} // namespace icp::detail
