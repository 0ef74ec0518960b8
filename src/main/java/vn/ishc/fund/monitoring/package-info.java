/**
 * Provincial monitoring: indicators defined as data (numerator and denominator over measures of each
 * club), computed for any administrative unit at any date through the unit history and rolled up club →
 * commune → province → nation, and target plans with the progress of each unit. A read model: it reads
 * the registry, ledgers and loans through their public reads only, and owns the indicator and plan tables.
 */
package vn.ishc.fund.monitoring;
