#pragma once

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QWidget>

// Finds widgets by objectName and uses them the way a person does: typing keys and clicking
// (keepassxc's TestGui style). Failing lookups abort the test with the missing name.
class GuiDriver {
public:
    explicit GuiDriver(QWidget &root)
        : m_root(root)
    {
    }

    template <typename T> T *find(const QString &name) const
    {
        auto *widget = m_root.findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    void type(const QString &name, const QString &text) const
    {
        auto *edit = find<QLineEdit>(name);
        edit->setFocus();
        edit->clear();
        QTest::keyClicks(edit, text);
        // Leaving the field is what triggers its check.
        emit edit->editingFinished();
    }

    void click(const QString &name) const { QTest::mouseClick(find<QPushButton>(name), Qt::LeftButton); }
    QString text(const QString &name) const { return find<QLabel>(name)->text(); }
    QString input(const QString &name) const { return find<QLineEdit>(name)->text(); }

private:
    QWidget &m_root;
};
