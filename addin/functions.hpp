// The add-in component: Calc calls these methods for the formulas.
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <cppuhelper/implbase4.hxx>
#include <dk/ligestat/sheet/XFunctions.hpp>

#include <mutex>

namespace ligestat::addin {

using AnyMatrix = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

class Functions
    : public cppu::WeakImplHelper4<dk::ligestat::sheet::XFunctions, css::sheet::XAddIn,
                                   css::lang::XServiceName, css::lang::XServiceInfo> {
public:
    // XFunctions
    using Document = css::uno::Reference<css::beans::XPropertySet>;
    using CellRange = css::uno::Reference<css::table::XCellRange>;
    css::uno::Any SAL_CALL payIndex(const Document& document, const CellRange& pay, const CellRange& gender,
                                    const css::uno::Any& fte, const css::uno::Any& groupRange,
                                    const css::uno::Any& group, const css::uno::Any& minFte) override;
    css::uno::Any SAL_CALL payGap(const Document& document, const CellRange& pay, const CellRange& gender,
                                  const css::uno::Any& statistic, const css::uno::Any& groupRange,
                                  const css::uno::Any& group) override;
    css::uno::Any SAL_CALL varPayGap(const Document& document, const CellRange& amount, const CellRange& gender,
                                     const css::uno::Any& statistic, const css::uno::Any& groupRange,
                                     const css::uno::Any& group) override;
    css::uno::Any SAL_CALL recipientShare(const Document& document, const CellRange& amount,
                                          const CellRange& gender, const rtl::OUString& sex,
                                          const css::uno::Any& groupRange, const css::uno::Any& group) override;
    css::uno::Any SAL_CALL payQuartiles(const Document& document, const CellRange& pay,
                                        const CellRange& gender) override;
    css::uno::Any SAL_CALL payIndexTable(const Document& document, const CellRange& pay, const CellRange& gender,
                                         const CellRange& fte, const CellRange& groupRange,
                                         const css::uno::Any& minFte) override;
    css::uno::Any SAL_CALL genderShare(const Document& document, const CellRange& gender, const css::uno::Any& sex,
                                       const css::uno::Any& fte, const css::uno::Any& groupRange,
                                       const css::uno::Any& group) override;
    css::uno::Any SAL_CALL genderBalance(const Document& document, const CellRange& gender,
                                         const css::uno::Any& fte, const css::uno::Any& groupRange,
                                         const css::uno::Any& group, const css::uno::Any& target,
                                         const css::uno::Any& floor) override;
    css::uno::Any SAL_CALL genderTable(const Document& document, const CellRange& gender,
                                       const CellRange& groupRange, const css::uno::Any& minCount) override;
    css::uno::Any SAL_CALL ageBand(const AnyMatrix& age, const css::uno::Any& width, const css::uno::Any& lowest,
                                   const css::uno::Any& highest) override;
    css::uno::Any SAL_CALL cprGender(const AnyMatrix& cpr) override;
    css::uno::Any SAL_CALL cprBirthDate(const css::uno::Reference<css::beans::XPropertySet>& document,
                                        const AnyMatrix& cpr) override;
    css::uno::Any SAL_CALL cprAge(const css::uno::Reference<css::beans::XPropertySet>& document,
                                  const AnyMatrix& cpr, const css::uno::Any& date) override;
    css::uno::Any SAL_CALL cprValid(const AnyMatrix& cpr) override;

    // XAddIn
    rtl::OUString SAL_CALL getProgrammaticFuntionName(const rtl::OUString& displayName) override;
    rtl::OUString SAL_CALL getDisplayFunctionName(const rtl::OUString& method) override;
    rtl::OUString SAL_CALL getFunctionDescription(const rtl::OUString& method) override;
    rtl::OUString SAL_CALL getDisplayArgumentName(const rtl::OUString& method, sal_Int32 argument) override;
    rtl::OUString SAL_CALL getArgumentDescription(const rtl::OUString& method, sal_Int32 argument) override;
    rtl::OUString SAL_CALL getProgrammaticCategoryName(const rtl::OUString& method) override;
    rtl::OUString SAL_CALL getDisplayCategoryName(const rtl::OUString& method) override;
    // XLocalizable (through XAddIn)
    void SAL_CALL setLocale(const css::lang::Locale& locale) override;
    css::lang::Locale SAL_CALL getLocale() override;
    // XServiceName, XServiceInfo
    rtl::OUString SAL_CALL getServiceName() override;
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    std::string language() const;  // "da" or "en"

    mutable std::mutex mutex_;  // guards locale_: Calc may call from several threads
    css::lang::Locale locale_;
};

}  // namespace ligestat::addin
