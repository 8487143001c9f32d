package io.tranchelab.ui.params;

import java.util.List;

/** Parameters shown under one heading ("Loan book", "Collateral: ETH"). */
public record ParameterGroup(String title, List<ParameterSpec> parameters) {
}
