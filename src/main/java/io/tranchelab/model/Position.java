package io.tranchelab.model;

/** Something the pool holds. */
public sealed interface Position permits YieldPosition, LoanBook, CreditLine {

    String name();
}
