package io.tranchelab.io;

import io.tranchelab.model.BorrowerHistory;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.LoanBook;
import io.tranchelab.model.LossEvents;
import io.tranchelab.model.MarketTie;
import io.tranchelab.model.Position;
import io.tranchelab.model.YieldPosition;

import java.util.Optional;

/** Reads one element of {@code /positions}, applying the format's defaults. */
final class PositionReader {

    static final int DEFAULT_CREDIT_LINES = 1;

    private PositionReader() {
    }

    /** The position, or empty when its kind is unreadable (already reported). */
    static Optional<Position> read(NodeReader in) {
        return KindReader.shapeOf(in, JsonShape.POSITIONS, "position").map(shape -> switch (shape) {
            case YIELD_POSITION -> readYield(in);
            case LOAN_BOOK -> readLoanBook(in);
            default -> readCreditLine(in);
        });
    }

    private static Position readYield(NodeReader in) {
        LossEvents events = in.object("lossEvents", false).map(e -> {
            e.allowOnly(JsonShape.LOSS_EVENTS);
            return new LossEvents(e.number("intensity"), e.number("lossFraction"));
        }).orElse(LossEvents.NONE);
        return new YieldPosition(in.text("name"), in.text("asset"), in.number("units"), in.number("apr"), events);
    }

    private static Position readLoanBook(NodeReader in) {
        return new LoanBook(in.text("name"), in.text("collateral"), in.number("principal"),
                in.whole("borrowers", LoanBook.DEFAULT_BORROWERS), in.number("ltvLow"), in.number("ltvHigh"),
                in.number("rate"), in.number("liquidationThreshold"), in.number("liquidationPenalty"),
                in.number("closeFactor"), in.whole("oracleDelaySteps", 0), in.optionalNumber("liquidationCapacity"));
    }

    private static Position readCreditLine(NodeReader in) {
        return new CreditLine(in.text("name"), in.number("principal"), in.whole("lines", DEFAULT_CREDIT_LINES),
                in.number("rate"), in.whole("creditScore"), in.optionalNumber("annualDefaultProbability"),
                in.number("lossGivenDefault"), in.number("assetCorrelation"), in.object("marketTie", false).map(t -> {
                    t.allowOnly(JsonShape.MARKET_TIE);
                    return new MarketTie(t.text("asset"), t.number("correlation"));
                }), in.object("history", false).map(PositionReader::history));
    }

    private static BorrowerHistory history(NodeReader in) {
        in.allowOnly(JsonShape.BORROWER_HISTORY);
        return new BorrowerHistory(in.whole("repayments"), in.whole("liquidations"), in.number("accountAgeDays"),
                in.number("meanCollateralRatio"), in.number("repaymentsPerYear", 0), in.whole("missedPayments", 0),
                in.number("missedPaymentProbability", 0));
    }
}
