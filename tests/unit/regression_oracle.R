# The independent oracle of the explained-pay-gap regression (analysis.md §1):
# applies the spec's row rules and design on its own, fits with R's lm() and
# prints the figures, for tests/unit/regression_oracle_test.cpp.
#
#   Rscript regression_oracle.R fit <data.csv> <figures.txt>
#   Rscript regression_oracle.R export <warpbreaks|ToothGrowth> <data.csv>
#
# data.csv: all columns as text; a text cell is written "t:<text>", a number
# plainly, an empty cell as "". Columns: pay, gender, fte (may be all empty
# and is then absent from the model: "has_fte" says), n1.., c1...

args <- commandArgs(trailingOnly = TRUE)

is_text <- function(x) startsWith(x, "t:")
text_of <- function(x) substring(x, 3)
number_of <- function(x) ifelse(x == "" | is_text(x), NA_real_, suppressWarnings(as.numeric(x)))

gender_of <- function(x) {
  code <- ifelse(is_text(x), toupper(trimws(text_of(x))), "")
  ifelse(code %in% c("K", "KVINDE", "F", "FEMALE", "W", "WOMAN"), "W",
         ifelse(code %in% c("M", "MAND", "MALE", "MAN"), "M", "O"))
}

# Category values: text by trimmed lower case, numbers by value; blank is NA.
category_key <- function(x) {
  key <- ifelse(is_text(x), paste0("t:", tolower(trimws(text_of(x)))),
                ifelse(x == "", NA_character_, paste0("n:", format(as.numeric(x), digits = 17))))
  key[key == "t:"] <- NA_character_
  key
}

fit_figures <- function(input, output) {
  d <- read.csv(input, colClasses = "character", na.strings = character(0), check.names = FALSE)
  has_fte <- any(d$fte != "")
  numeric_cols <- grep("^n[0-9]+$", names(d), value = TRUE)
  category_cols <- grep("^c[0-9]+$", names(d), value = TRUE)
  pay <- number_of(d$pay)
  fte <- if (has_fte) number_of(d$fte) else rep(1, nrow(d))
  gender <- gender_of(d$gender)
  numerics <- sapply(numeric_cols, function(col) number_of(d[[col]]))
  numerics <- matrix(numerics, nrow = nrow(d))
  categories <- matrix(sapply(category_cols, function(col) category_key(d[[col]])), nrow = nrow(d))

  used <- gender != "O" & !is.na(pay) & pay > 0 & !is.na(fte) & fte > 0 &
    rowSums(is.na(numerics)) == 0 & rowSums(is.na(categories)) == 0
  non_empty <- sum(d$pay != "" | d$gender != "")
  out <- c(sprintf("rowsUsed,%d", sum(used)), sprintf("rowsLeftOut,%d", non_empty - sum(used)),
           sprintf("womenUsed,%d", sum(used & gender == "W")), sprintf("menUsed,%d", sum(used & gender == "M")))

  y <- log(pay[used] / fte[used])
  X <- matrix(numeric(0), nrow = sum(used), ncol = 0)
  factor_of <- integer(0)
  for (j in seq_along(numeric_cols)) {
    X <- cbind(X, numerics[used, j])
    factor_of <- c(factor_of, j)
  }
  for (j in seq_along(category_cols)) {
    keys <- categories[used, j]
    levels <- unique(keys)                              # first-seen order
    counts <- sapply(levels, function(l) sum(keys == l))
    reference <- levels[which.max(counts)]              # first of the most frequent
    for (l in setdiff(levels, reference)) {
      X <- cbind(X, as.numeric(keys == l))
      factor_of <- c(factor_of, length(numeric_cols) + j)
    }
  }
  women <- as.numeric(gender[used] == "W")
  full <- lm(y ~ cbind(X, women))
  b <- coef(full)
  c_women <- b[length(b)]
  if (is.na(c_women)) {
    writeLines(c(out, "women,dropped"), output)
    return(invisible())
  }
  s <- summary(full)$coefficients
  se <- s[nrow(s), "Std. Error"]
  k <- expm1(c_women - se^2 / 2)
  out <- c(out,
           sprintf("adjustedGap,%.17g", -100 * k), sprintf("womenCoefficient,%.17g", c_women),
           sprintf("standardError,%.17g", se), sprintf("t,%.17g", s[nrow(s), "t value"]),
           sprintf("pValue,%.17g", s[nrow(s), "Pr(>|t|)"]), sprintf("degreesOfFreedom,%d", full$df.residual),
           sprintf("rSquared,%.17g", summary(full)$r.squared))

  men <- women == 0
  coefficients <- b[2:(length(b) - 1)]
  coefficients[is.na(coefficients)] <- 0
  raw <- mean(y[men]) - mean(y[!men])
  explained <- 0
  for (f in seq_len(length(numeric_cols) + length(category_cols))) {
    columns <- which(factor_of == f)
    part <- 0
    if (length(columns) > 0) {
      difference <- colMeans(X[men, columns, drop = FALSE]) - colMeans(X[!men, columns, drop = FALSE])
      part <- sum(difference * coefficients[columns])
    }
    explained <- explained + part
    out <- c(out, sprintf("factor,%d,%.17g", f, 100 * part))
  }
  out <- c(out, sprintf("raw,%.17g", 100 * raw), sprintf("explained,%.17g", 100 * explained),
           sprintf("unexplained,%.17g", 100 * (raw - explained)))

  neutral <- if (ncol(X) > 0) lm(y ~ X) else lm(y ~ 1)
  expected <- exp(fitted(neutral))
  out <- c(out, sprintf("expected,%d,%.17g", which(used) - 1, expected))
  writeLines(out, output)
}

# A public data set shipped with R, in the encoding above.
export_dataset <- function(name, output) {
  if (name == "warpbreaks") {
    d <- datasets::warpbreaks  # breaks per loom; wool A/B as the two genders, tension L/M/H
    data <- data.frame(pay = format(d$breaks, digits = 17), gender = ifelse(d$wool == "A", "t:K", "t:M"),
                       fte = "", c1 = paste0("t:", d$tension))
  } else if (name == "ToothGrowth") {
    d <- datasets::ToothGrowth  # tooth length; supplement VC/OJ as the genders, dose numeric and as category
    data <- data.frame(pay = format(d$len, digits = 17), gender = ifelse(d$supp == "VC", "t:F", "t:MAN"),
                       fte = "", n1 = format(d$dose, digits = 17), c1 = format(d$dose * 10, digits = 17))
  } else {
    stop("unknown data set")
  }
  write.csv(data, output, row.names = FALSE)
}

if (args[1] == "fit") fit_figures(args[2], args[3]) else export_dataset(args[2], args[3])
