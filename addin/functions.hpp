// The add-in component: Calc calls these methods for the formulas.
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <dk/ligestat/sheet/XFunctions.hpp>

#include <mutex>
#include <optional>
#include <string>

namespace ligestat::addin {

using AnyMatrix = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

class Functions
    : public cppu::WeakImplHelper4<dk::ligestat::sheet::XFunctions, css::sheet::XAddIn,
                                   css::lang::XServiceName, css::lang::XServiceInfo> {
public:
    explicit Functions(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XFunctions
    css::uno::Any SAL_CALL payIndex(const AnyMatrix& pay, const AnyMatrix& gender, const css::uno::Any& fte,
                                    const css::uno::Any& groupRange, const css::uno::Any& group,
                                    const css::uno::Any& minFte) override;
    css::uno::Any SAL_CALL payGap(const AnyMatrix& pay, const AnyMatrix& gender, const css::uno::Any& statistic,
                                  const css::uno::Any& groupRange, const css::uno::Any& group) override;
    css::uno::Any SAL_CALL varPayGap(const AnyMatrix& amount, const AnyMatrix& gender,
                                     const css::uno::Any& statistic, const css::uno::Any& groupRange,
                                     const css::uno::Any& group) override;
    css::uno::Any SAL_CALL recipientShare(const AnyMatrix& amount, const AnyMatrix& gender,
                                          const rtl::OUString& sex, const css::uno::Any& groupRange,
                                          const css::uno::Any& group) override;
    css::uno::Any SAL_CALL payQuartiles(const AnyMatrix& pay, const AnyMatrix& gender) override;
    css::uno::Any SAL_CALL payIndexTable(const AnyMatrix& pay, const AnyMatrix& gender, const AnyMatrix& fte,
                                         const AnyMatrix& groupRange, const css::uno::Any& minFte) override;
    // EU pay transparency (issue 11)
    css::uno::Any SAL_CALL euPayReport(const AnyMatrix& basicPay, const AnyMatrix& gender,
                                       const css::uno::Any& complementary) override;
    css::uno::Any SAL_CALL payGapTable(const AnyMatrix& basicPay, const AnyMatrix& gender, const AnyMatrix& groupRange,
                                       const css::uno::Any& complementary, const css::uno::Any& mapKeys,
                                       const css::uno::Any& mapCategories, const css::uno::Any& minCount) override;
    css::uno::Any SAL_CALL genderSumTable(const AnyMatrix& value, const AnyMatrix& gender,
                                          const AnyMatrix& groupRange, const css::uno::Any& fte,
                                          const css::uno::Any& minCount) override;
    // end EU pay transparency
    css::uno::Any SAL_CALL genderShare(const AnyMatrix& gender, const css::uno::Any& sex, const css::uno::Any& fte,
                                       const css::uno::Any& groupRange, const css::uno::Any& group) override;
    css::uno::Any SAL_CALL genderBalance(const AnyMatrix& gender, const css::uno::Any& fte,
                                         const css::uno::Any& groupRange, const css::uno::Any& group,
                                         const css::uno::Any& target, const css::uno::Any& floor) override;
    css::uno::Any SAL_CALL genderTable(const AnyMatrix& gender, const AnyMatrix& groupRange,
                                       const css::uno::Any& minCount) override;
    css::uno::Any SAL_CALL ageBand(const rtl::OUString& age, const css::uno::Any& width, const css::uno::Any& lowest,
                                   const css::uno::Any& highest) override;
    css::uno::Any SAL_CALL cprGender(const rtl::OUString& cpr) override;
    css::uno::Any SAL_CALL cprBirthDate(const css::uno::Reference<css::beans::XPropertySet>& document,
                                        const rtl::OUString& cpr) override;
    css::uno::Any SAL_CALL cprAge(const css::uno::Reference<css::beans::XPropertySet>& document,
                                  const rtl::OUString& cpr, const css::uno::Any& date) override;
    css::uno::Any SAL_CALL cprValid(const rtl::OUString& cpr) override;
    css::uno::Any SAL_CALL adjustedPayGap(const AnyMatrix& pay, const AnyMatrix& gender,
                                          const css::uno::Any& numericFactors,
                                          const css::uno::Any& categoryFactors, const css::uno::Any& fte) override;
    css::uno::Any SAL_CALL payRegression(const AnyMatrix& pay, const AnyMatrix& gender,
                                         const css::uno::Any& numericFactors,
                                         const css::uno::Any& categoryFactors, const css::uno::Any& fte) override;
    css::uno::Any SAL_CALL payGapDecomposition(const AnyMatrix& pay, const AnyMatrix& gender,
                                               const css::uno::Any& numericFactors,
                                               const css::uno::Any& categoryFactors,
                                               const css::uno::Any& fte) override;
    css::uno::Any SAL_CALL expectedPay(const AnyMatrix& pay, const AnyMatrix& gender,
                                       const css::uno::Any& numericFactors, const css::uno::Any& categoryFactors,
                                       const css::uno::Any& fte) override;

    // This year against last year
    css::uno::Any SAL_CALL staffFlows(const AnyMatrix& idNow, const AnyMatrix& genderNow, const AnyMatrix& idBefore,
                                      const AnyMatrix& genderBefore) override;
    css::uno::Any SAL_CALL payDevelopment(const AnyMatrix& idNow, const AnyMatrix& payNow, const AnyMatrix& idBefore,
                                          const AnyMatrix& payBefore, const AnyMatrix& gender,
                                          const css::uno::Any& fteNow, const css::uno::Any& fteBefore,
                                          const css::uno::Any& groupRange, const css::uno::Any& group) override;
    css::uno::Any SAL_CALL allowanceRound(const AnyMatrix& idNow, const AnyMatrix& allowanceNow,
                                          const AnyMatrix& idBefore, const AnyMatrix& allowanceBefore,
                                          const AnyMatrix& gender, const css::uno::Any& groupRange,
                                          const css::uno::Any& group) override;
    css::uno::Any SAL_CALL promotions(const AnyMatrix& idNow, const AnyMatrix& levelNow, const AnyMatrix& idBefore,
                                      const AnyMatrix& levelBefore, const AnyMatrix& gender,
                                      const AnyMatrix& levels) override;

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
    std::string language() const;  // of the metadata Calc asks for now: "da" or "en"
    // The office's UI language, for texts shown in cells: "da" or "en". Not
    // the last setLocale: Calc 7.4 sets en-US after reading the display names
    // (to learn the English ones) and never sets the UI locale back.
    std::string cellLanguage();

    css::uno::Reference<css::uno::XComponentContext> context_;
    mutable std::mutex mutex_;  // guards locale_ and uiLanguage_: Calc may call from several threads
    css::lang::Locale locale_;
    std::optional<std::string> uiLanguage_;  // read once: the UI language changes only with a restart
};

}  // namespace ligestat::addin
