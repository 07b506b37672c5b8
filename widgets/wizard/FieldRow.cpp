#include "wizard/FieldRow.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

QIcon stateIcon(const QWidget* widget, QStyle::StandardPixmap pixmap)
{
    return widget->style()->standardIcon(pixmap, nullptr, widget);
}

} // namespace

FieldRow::FieldRow(QWidget* input, QWidget* parent)
    : QWidget(parent)
    , m_input(input)
    , m_label(new QLabel(parent))
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    input->setParent(this);
    layout->addWidget(input);
    auto* stateLine = new QHBoxLayout;
    stateLine->setSpacing(4);
    m_icon->setObjectName(input->objectName() + u"StateIcon"_s);
    m_message->setObjectName(input->objectName() + u"Message"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stateLine->addWidget(m_icon, 0, Qt::AlignTop);
    stateLine->addWidget(m_message, 1);
    layout->addLayout(stateLine);
    m_label->setBuddy(input);
    refresh();
}

void FieldRow::setLabelText(const QString& text)
{
    m_label->setText(text);
    refresh();
}

void FieldRow::setHint(const QString& hint)
{
    m_hint = hint;
    refresh();
}

void FieldRow::setFindings(const QList<Finding>& findings)
{
    if (findings == m_findings)
        return;
    m_findings = findings;
    refresh();
}

void FieldRow::setInstantState(bool ok, const QString& message)
{
    m_instantSet = true;
    m_instantOk = ok;
    m_instantMessage = message;
    refresh();
}

void FieldRow::clearInstantState()
{
    m_instantSet = false;
    m_instantMessage.clear();
    refresh();
}

QString FieldRow::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

bool FieldRow::hasBlocking() const
{
    if (m_instantSet && !m_instantOk)
        return true;
    return std::any_of(m_findings.begin(), m_findings.end(),
                       [](const Finding& f) { return f.severity == Severity::Blocking; });
}

void FieldRow::refresh()
{
    // The most severe thing wins: a blocking finding (the rules engine's id and text, as
    // icpctl check says it), an instant error while typing, other findings, then an
    // instant confirmation ("valid code: enterprise"), then the hint.
    QString text;
    QStyle::StandardPixmap pixmap = QStyle::SP_CustomBase;
    const Finding* worst = nullptr;
    for (const Finding& f : m_findings) {
        if (!worst || int(f.severity) < int(worst->severity))
            worst = &f;
    }
    const auto showFinding = [&] {
        text = u"%1 (%2)"_s.arg(worst->message, worst->ruleId);
        if (m_findings.size() > 1)
            text += u" "_s + tr("+%n more", nullptr, int(m_findings.size() - 1));
        pixmap = worst->severity == Severity::Blocking  ? QStyle::SP_MessageBoxCritical
                 : worst->severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                        : QStyle::SP_MessageBoxInformation;
    };
    if (worst && worst->severity == Severity::Blocking) {
        showFinding();
    } else if (m_instantSet && !m_instantOk) {
        text = m_instantMessage;
        pixmap = QStyle::SP_MessageBoxCritical;
    } else if (worst) {
        showFinding();
    } else if (m_instantSet && m_instantOk) {
        text = m_instantMessage;
        pixmap = text.isEmpty() ? QStyle::SP_CustomBase : QStyle::SP_DialogApplyButton;
        if (text.isEmpty())
            text = m_hint;
    } else {
        text = m_hint;
    }
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (pixmap == QStyle::SP_CustomBase) {
        m_icon->clear();
        m_icon->setVisible(false);
    } else {
        const int size = m_message->fontMetrics().height();
        m_icon->setPixmap(stateIcon(this, pixmap).pixmap(QSize(size, size), devicePixelRatioF()));
        m_icon->setVisible(true);
    }
    // Screen readers: the label names the field, the description says its state.
    QString label = m_label->text();
    label.remove(u'&');
    m_input->setAccessibleName(label);
    m_input->setAccessibleDescription(text.isEmpty() ? label : tr("%1: %2").arg(label, text));
    m_input->setToolTip(text);
}

} // namespace icp
