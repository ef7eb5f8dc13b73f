#include "office_access.hpp"
#include "uno_names.hpp"

#include "convert.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/util/Date.hpp>

#include <ctime>

#include <map>

namespace ligestat::addin {

namespace {

OUString configValue(const Reference<css::uno::XComponentContext>& context, const OUString& path,
                     const OUString& name) {
    Reference<css::lang::XMultiServiceFactory> provider = css::configuration::theDefaultProvider::get(context);
    Sequence<Any> arguments(1);
    arguments.getArray()[0] <<= css::beans::NamedValue("nodepath", Any(path));
    Reference<css::container::XNameAccess> node(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", arguments),
        UNO_QUERY_THROW);
    OUString value;
    node->getByName(name) >>= value;
    return value;
}

}  // namespace

std::string uiLanguage(const Reference<css::uno::XComponentContext>& context) {
    try {
        OUString locale = configValue(context, "/org.openoffice.Office.Linguistic/General", "UILocale");
        if (locale.isEmpty()) locale = configValue(context, "/org.openoffice.Setup/L10N", "ooLocale");
        return locale == "da" || locale.startsWith("da-") ? "da" : "en";
    } catch (const css::uno::Exception&) {
        return "en";  // the configuration is unreadable: English is the fallback UI
    }
}

NumberLocale userNumberLocale(const Reference<css::uno::XComponentContext>& context) {
    try {
        const OUString locale = configValue(context, "/org.openoffice.Setup/L10N", "ooSetupSystemLocale");
        if (!locale.isEmpty()) return numberLocaleOf(toUtf8(locale));
    } catch (const css::uno::Exception&) {
    }
    return numberLocaleOf(uiLanguage(context));
}

css::table::CellRangeAddress usedArea(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    used->gotoEndOfUsedArea(true);
    return Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
}

AnyMatrix readBlock(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 left, sal_Int32 top, sal_Int32 right,
                    sal_Int32 bottom) {
    Reference<css::sheet::XCellRangeData> block(sheet->getCellRangeByPosition(left, top, right, bottom),
                                                UNO_QUERY_THROW);
    return block->getDataArray();
}

std::vector<std::string> textsOf(const Sequence<Any>& row) {
    std::vector<std::string> texts;
    texts.reserve(static_cast<std::size_t>(row.getLength()));
    for (const Any& value : row) {
        OUString text;
        texts.push_back((value >>= text) ? toUtf8(text) : std::string());
    }
    return texts;
}

Date today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

Date documentNullDate(const Reference<css::beans::XPropertySet>& document) {
    css::util::Date nullDate(30, 12, 1899);  // Calc's default
    if (document.is()) document->getPropertyValue("NullDate") >>= nullDate;
    return Date{nullDate.Year, nullDate.Month, nullDate.Day};
}

std::vector<std::string> sheetNames(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    std::vector<std::string> names;
    for (const OUString& name : Reference<css::container::XNameAccess>(document->getSheets(), UNO_QUERY_THROW)
                                    ->getElementNames())
        names.push_back(toUtf8(name));
    return names;
}

Settings documentSettings(const Reference<css::frame::XModel>& document) {
    Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY);
    if (!supplier.is()) return Settings{};
    Reference<css::beans::XPropertySet> user(supplier->getDocumentProperties()->getUserDefinedProperties(),
                                             UNO_QUERY);
    if (!user.is()) return Settings{};
    const OUString prefix = fromUtf8(kSettingsPrefix);
    std::map<std::string, std::string> properties;
    for (const auto& property : user->getPropertySetInfo()->getProperties()) {
        if (!property.Name.startsWith(prefix)) continue;
        const Any value = user->getPropertyValue(property.Name);
        OUString text;
        double number = 0;
        if (value >>= text)
            properties[toUtf8(property.Name.copy(prefix.getLength()))] = toUtf8(text);
        else if (value >>= number)  // a user may have typed the property as a number
            properties[toUtf8(property.Name.copy(prefix.getLength()))] = toUtf8(OUString::number(number));
    }
    return settingsFromProperties(properties);
}

}  // namespace ligestat::addin
