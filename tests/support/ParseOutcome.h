#pragma once

// For the data-driven tests of the parsers (`Result<T> parseX(input)`).
#include <QString>
#include <QTest>

using namespace Qt::StringLiterals;

// With a non-empty `expectedCode` the input must be refused with that reason code and a
// message for the user, and the test function returns; otherwise it must be accepted,
// and the test goes on to compare the value. (A macro: QTest's checks return from the
// test function itself.)
#define ICP_VERIFY_PARSE_OUTCOME(result, input, expectedCode)                                                \
    if (!(expectedCode).isEmpty()) {                                                                         \
        QVERIFY2(!(result).ok(), qPrintable(u"accepted: "_s + (input)));                                     \
        QCOMPARE((result).error().code, (expectedCode));                                                     \
        QVERIFY(!(result).error().message.isEmpty());                                                        \
        return;                                                                                              \
    }                                                                                                        \
    QVERIFY2((result).ok(), qPrintable((result).ok() ? QString() : (result).error().code))
