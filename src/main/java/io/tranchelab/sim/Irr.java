package io.tranchelab.sim;

/**
 * The annualized internal rate of return of one tranche on each path of a block (docs/model.md
 * §8.5): the rate r at which the tranche's dated cash flows are worth its initial principal P,
 * {@code P = sum_j C_j (1 + r)^(-t_j)}, the flows C_j >= 0 coming at the evenly spaced times
 * {@code t_j = t_1 + (j - 1) h}.
 *
 * <p>With x = ln(1 + r) the present value {@code sum_j C_j e^(-x t_j)} falls strictly in x
 * (every flow is a receipt, every time positive), so the root is unique and a bracket holds it:
 * [0, ln(1 + CAP)] when the flows add up to at least P, [LOWEST_LOG, 0] when they do not. Each
 * side scales the present value so that no term can overflow (the flows are discounted to the
 * first date when x >= 0 and compounded to the last when x < 0; the scaled function has the same
 * sign and root) and is a polynomial in one factor, evaluated by Horner's rule: no exponential per
 * flow. Newton steps inside the bracket, bisection when a step would leave it (safeguarded
 * Newton, Numerical Recipes' rtsafe).
 *
 * <p>A path that receives nothing has r = -1 (-100 %/yr), the limit of the definition; a rate
 * above {@link #CAP} is reported as CAP (a tranche paid many times its principal within days).
 *
 * <p>Speed (issue 13): a Horner step is a multiply and an add that wait on the previous step, so
 * one polynomial runs at the floating-point latency. The paths of a block, all its tranches' at
 * once, are therefore solved together, round by round of their Newton iterations: each round takes
 * the paths still iterating eight at a time, then four, and runs their sums interleaved in one loop
 * ({@link #hornerOfEight}, {@link #horner}), independent chains that keep the units busy. Paths take
 * from one to some forty iterations, so the groups are formed anew each round rather than kept.
 * Each path's arithmetic is the one it would have alone, in the same order, so every rate is the
 * same to the bit ({@code IrrGoldenTest}, {@code SolvedFlowsTest}). Each path's flows come
 * together in one array for the block, latest date first, which is the order its sum takes them
 * when x >= 0, so a sum reads them straight through where they are; for x < 0 (a tranche that lost
 * money on the path) they are copied in date order. The totals the solve starts from are summed
 * eight paths at a time for the same reason ({@link #sumInDateOrder}). Zeros before the first
 * nonzero flow leave a sum exactly +0, so a group starts at the first coefficient any of its paths
 * needs. One thread at a time uses an instance; finished workers hand theirs on to later ones
 * ({@link PathStatistics#IRR_SPARE}), and every array is written before it is read.
 *
 * <p>Since a rate is a function of the lane's flows alone (the principal and dates being the
 * tranche's), flows are solved once ({@link #solveOnce}): a lane that repeats an earlier lane of its
 * group, bit for bit, takes that lane's rate, and one the thread solved in an earlier group takes
 * the rate kept in {@link SolvedFlows} (on the lending book about a third of the lanes, on the
 * credit pools four in five). And the bracket's far end, whose sum is wanted only for its sign, is
 * settled by a bound where one holds ({@link #rootInsideByBound}: nine solves in ten there).
 */
final class Irr {

    /** The highest rate reported, 10^6 a year (100,000,000 %/yr): beyond it the figure says nothing more. */
    static final double CAP = 1e6;
    /** ln(1 + r) below which r is -1 in double precision (1 + r = 4e-18). */
    private static final double LOWEST_LOG = -40;
    private static final int MAX_ITERATIONS = 200;

    /*
     * Every per-lane array below is indexed by slot, slot = tranche x lanes + lane: all the
     * tranches of a group are solved in the same rounds (annual).
     */
    /** [slot] the tranche's principal, and the slot's tranche. */
    private double[] principalOf = new double[0];
    private int[] trancheOf = new int[0];
    /** [slot] the rate found. */
    private double[] rate = new double[0];
    /** The group's flows, the caller's array: each slot's latest date first, from {@code slot x dates}. */
    private double[] dated = new double[0];
    /**
     * [slot] where a path's flows start, in the order its Horner sum takes them: for x >= 0 in
     * {@link #dated} (latest date first), for x < 0 in {@link #reversed} (a copy in date order);
     * {@link #flowsOf} names the array.
     */
    private int[] offset = new int[0];
    /**
     * The flows of the group's lanes with x < 0, each copied in date order, one lane after another
     * (a lane's from {@code offset[slot]}); it grows as a group needs, and serves the next groups.
     */
    private double[] reversed = new double[0];
    /** [lane] the first position its Horner sum needs: its first nonzero coefficient. */
    private int[] start = new int[0];
    /** [lane] its flows' bits or-ed together: negative when a flow is negative or -0. */
    private long[] signBits = new long[0];
    /** [lane] the bracket, the iterate, the polynomial's factor there (q or p), the scaled value and its slope. */
    private double[] lo = new double[0];
    private double[] hi = new double[0];
    private double[] x = new double[0];
    private double[] z = new double[0];
    private double[] f = new double[0];
    private double[] df = new double[0];
    /** [lane] the flows' total and cash-weighted time. */
    private double[] total = new double[0];
    private double[] weightedTime = new double[0];
    /** [lane] the root's side: x >= 0 (the flows add up to more than P: discounted to the first date) or x < 0. */
    private boolean[] gain = new boolean[0];
    /** Lanes: the ones being solved, and the ones still iterating. */
    private int[] solving = new int[0];
    private int[] active = new int[0];
    /** Lanes whose flows equal an earlier lane's of the group, and [lane] that lane (the one solved). */
    private int[] sharing = new int[0];
    private int sharingCount;
    private int[] sameAs = new int[0];
    /** [lane] how many lanes of the group share its solve, itself included. */
    private int[] copies = new int[0];
    /**
     * The distinct lanes of the tranche being deduplicated ({@link #solveOnce}), by a hash of their
     * total, cash-weighted time and first nonzero position: [bucket] 1 + the latest lane put in
     * it (0: none), [lane] 1 + the lane put in its bucket before it (0: none). More buckets than
     * a tranche has lanes, so a chain is short; those in use are cleared for each tranche.
     */
    private int[] bucketHead = new int[0];
    private int[] nextInBucket = new int[0];
    /**
     * Counts since this solver was made, over every run it served (tests read them from solvers of
     * their own): vectors solved, lanes that shared a solve in their group, rates found in the cache.
     */
    long solvedVectors;
    long sharedInGroup;
    long foundSolved;
    /** Lanes sent to Newton on a bound, without the far end's sum. */
    long boundSettled;

    /**
     * The annual IRR of paying {@code principal} at time 0 and receiving {@code amounts[offset ..
     * offset + count - 1]} at times {@code firstTime + j * spacing}, j = 0 .. count - 1.
     */
    static double annual(double principal, double[] amounts, int offset, int count, double firstTime, double spacing) {
        double[][] byDate = new double[count][1];
        for (int j = 0; j < count; j++) {
            byDate[j][0] = amounts[offset + j];
        }
        double[] rate = new double[1];
        new Irr().annual(principal, byDate, 1, count, firstTime, spacing, rate, new SolvedFlows());
        return rate[0];
    }

    /**
     * Writes to {@code rates[l]}, l < {@code lanes}, the annual IRR of paying {@code principal} at
     * time 0 and receiving {@code byDate[j][l]} at times {@code firstTime + j * spacing}, j = 0 ..
     * {@code dates - 1}. {@code solved} holds vectors this thread solved before for the same principal
     * and dates (it is emptied if they differ) and keeps some of this group's.
     */
    void annual(double principal, double[][] byDate, int lanes, int dates, double firstTime, double spacing,
            double[] rates, SolvedFlows solved) {
        double[] latestFirst = new double[lanes * dates];
        for (int j = 0; j < dates; j++) {
            for (int l = 0; l < lanes; l++) {
                latestFirst[l * dates + dates - 1 - j] = byDate[j][l];
            }
        }
        annual(new double[] {principal}, latestFirst, 1, lanes, dates, firstTime, spacing,
                new double[][] {rates}, new SolvedFlows[] {solved});
    }

    /**
     * The IRRs of {@code tranches} tranches' lanes at once: tranche t pays {@code principals[t]} and
     * lane l receives {@code latestFirst[(t * lanes + l) * dates + dates - 1 - j]} at time
     * {@code firstTime + j * spacing} (each lane's flows latest date first, the order its Horner sum
     * takes them when x >= 0, the usual case: so they are read where they are, not copied); its rates
     * go to {@code rates[t]} and
     * its solved vectors to {@code solved[t]} (emptied if the principal or dates differ from the ones
     * before). The tranches share their Newton rounds: a round's sums run eight lanes at a time
     * ({@link #hornerOfEight}), and one tranche's lanes still iterating are too few to fill those
     * groups (13 a round on average on the lending book; a group of fewer lanes waits on its chains
     * as long as a full one). Each lane's arithmetic is the one it has alone.
     */
    void annual(double[] principals, double[] latestFirst, int tranches, int lanes, int dates, double firstTime,
            double spacing, double[][] rates, SolvedFlows[] solved) {
        int slots = tranches * lanes;
        size(slots);
        dated = latestFirst;
        for (int t = 0; t < tranches; t++) {
            solved[t].forProblem(principals[t], dates, firstTime, spacing);
        }
        for (int t = 0; t < tranches; t++) {
            for (int l = 0; l < lanes; l++) {
                int slot = t * lanes + l;
                trancheOf[slot] = t;
                principalOf[slot] = principals[t];
                offset[slot] = slot * dates;
            }
        }
        for (int slot = 0; slot < slots; slot += 8) {
            sumInDateOrder(latestFirst, slot, slots - 1, dates, firstTime, spacing);
        }
        int open = 0;
        int copied = 0; // lanes copied into reversed
        for (int slot = 0; slot < slots; slot++) {
            double principal = principalOf[slot];
            if (!(total[slot] > 0)) {
                rate[slot] = -1;
            } else if (total[slot] == principal) {
                rate[slot] = 0;
            } else {
                boolean above = total[slot] > principal;
                gain[slot] = above;
                lo[slot] = above ? 0 : LOWEST_LOG; // the present value is above P at lo, below it at hi
                hi[slot] = above ? Math.log1p(CAP) : 0;
                x[slot] = above ? hi[slot] : lo[slot];
                if (!above) {
                    offset[slot] = copyInDateOrder(slot, copied++, slots, dates);
                }
                start[slot] = firstNonzero(flowsOf(slot), offset[slot], dates);
                active[open++] = slot;
            }
        }
        int buckets = Integer.highestOneBit(Math.max(1, lanes)) * 2; // more than a tranche's lanes
        if (bucketHead.length < buckets) {
            bucketHead = new int[buckets];
        }
        open = solveOnce(open, dates, solved, buckets);
        // the bracket's far end: past the cap, or nothing worth e^-40 of the principal. Where a
        // bound settles that the root is inside, the far end's sum is not needed (rootInsideByBound)
        int iterating = 0;
        int unsettled = 0;
        double lastTime = firstTime + (dates - 1) * spacing;
        for (int i = 0; i < open; i++) {
            int l = active[i];
            if (rootInsideByBound(l, dates, firstTime, spacing, lastTime)) {
                solving[iterating++] = l;
            } else {
                active[unsettled++] = l;
            }
        }
        boundSettled += iterating;
        evaluate(unsettled, dates, firstTime, spacing);
        for (int i = 0; i < unsettled; i++) {
            int l = active[i];
            if (gain[l] ? f[l] >= 0 : f[l] <= 0) {
                rate[l] = gain[l] ? CAP : -1;
            } else {
                solving[iterating++] = l;
            }
        }
        for (int i = 0; i < iterating; i++) {
            int l = solving[i];
            // start from the rate of a single payment of the total at the cash-weighted mean time
            double guess = Math.log(total[l] / principalOf[l]) / (weightedTime[l] / total[l]);
            x[l] = guess > lo[l] && guess < hi[l] ? guess : 0.5 * (lo[l] + hi[l]);
        }
        int iterated = iterating;
        System.arraycopy(solving, 0, active, 0, iterating);
        for (int iteration = 0; iteration < MAX_ITERATIONS && iterating > 0; iteration++) {
            evaluate(iterating, dates, firstTime, spacing);
            int still = 0;
            for (int i = 0; i < iterating; i++) {
                int l = active[i];
                if (newtonStep(l)) {
                    active[still++] = l;
                }
            }
            iterating = still;
        }
        for (int i = 0; i < iterated; i++) {
            int l = solving[i];
            rate[l] = Math.min(CAP, Math.expm1(x[l]));
        }
        shareRates(solved);
        for (int t = 0; t < tranches; t++) {
            System.arraycopy(rate, t * lanes, rates[t], 0, lanes);
        }
    }

    /**
     * The totals, cash-weighted times and sign bits of the eight slots from {@code from} (the last
     * slot repeated past {@code last}), each slot's flows taken in date order from the caller's
     * array, where they are latest first: the sums a path alone makes, in its order. Eight slots at
     * once, because one slot's sums are chains of additions that each wait on the one before.
     */
    private void sumInDateOrder(double[] latestFirst, int from, int last, int dates, double firstTime, double spacing) {
        int a = from;
        int b = Math.min(from + 1, last);
        int c = Math.min(from + 2, last);
        int d = Math.min(from + 3, last);
        int e = Math.min(from + 4, last);
        int g = Math.min(from + 5, last);
        int h = Math.min(from + 6, last);
        int k = Math.min(from + 7, last);
        int oa = a * dates + dates - 1; // where each slot's first date is
        int ob = b * dates + dates - 1;
        int oc = c * dates + dates - 1;
        int od = d * dates + dates - 1;
        int oe = e * dates + dates - 1;
        int og = g * dates + dates - 1;
        int oh = h * dates + dates - 1;
        int ok = k * dates + dates - 1;
        double sa = 0;
        double sb = 0;
        double sc = 0;
        double sd = 0;
        double se = 0;
        double sg = 0;
        double sh = 0;
        double sk = 0;
        double wa = 0;
        double wb = 0;
        double wc = 0;
        double wd = 0;
        double we = 0;
        double wg = 0;
        double wh = 0;
        double wk = 0;
        long bitsA = 0;
        long bitsB = 0;
        long bitsC = 0;
        long bitsD = 0;
        long bitsE = 0;
        long bitsG = 0;
        long bitsH = 0;
        long bitsK = 0;
        for (int j = 0; j < dates; j++) {
            double time = firstTime + j * spacing;
            double ca = latestFirst[oa - j];
            double cb = latestFirst[ob - j];
            double cc = latestFirst[oc - j];
            double cd = latestFirst[od - j];
            double ce = latestFirst[oe - j];
            double cg = latestFirst[og - j];
            double ch = latestFirst[oh - j];
            double ck = latestFirst[ok - j];
            sa += ca;
            sb += cb;
            sc += cc;
            sd += cd;
            se += ce;
            sg += cg;
            sh += ch;
            sk += ck;
            wa += ca * time;
            wb += cb * time;
            wc += cc * time;
            wd += cd * time;
            we += ce * time;
            wg += cg * time;
            wh += ch * time;
            wk += ck * time;
            bitsA |= Double.doubleToRawLongBits(ca);
            bitsB |= Double.doubleToRawLongBits(cb);
            bitsC |= Double.doubleToRawLongBits(cc);
            bitsD |= Double.doubleToRawLongBits(cd);
            bitsE |= Double.doubleToRawLongBits(ce);
            bitsG |= Double.doubleToRawLongBits(cg);
            bitsH |= Double.doubleToRawLongBits(ch);
            bitsK |= Double.doubleToRawLongBits(ck);
        }
        total[a] = sa;
        total[b] = sb;
        total[c] = sc;
        total[d] = sd;
        total[e] = se;
        total[g] = sg;
        total[h] = sh;
        total[k] = sk;
        weightedTime[a] = wa;
        weightedTime[b] = wb;
        weightedTime[c] = wc;
        weightedTime[d] = wd;
        weightedTime[e] = we;
        weightedTime[g] = wg;
        weightedTime[h] = wh;
        weightedTime[k] = wk;
        signBits[a] = bitsA;
        signBits[b] = bitsB;
        signBits[c] = bitsC;
        signBits[d] = bitsD;
        signBits[e] = bitsE;
        signBits[g] = bitsG;
        signBits[h] = bitsH;
        signBits[k] = bitsK;
    }

    /**
     * Copies the flows of a lane with x < 0 in date order, the order its Horner sum takes them there,
     * into {@link #reversed} as its {@code n}-th copy; returns where they start. The array doubles
     * as it grows, never past room for all {@code slots} (RunMemory counts that much).
     */
    private int copyInDateOrder(int slot, int n, int slots, int dates) {
        int to = n * dates;
        if (reversed.length < to + dates) {
            reversed = java.util.Arrays.copyOf(reversed, Math.max(to + dates, Math.min(2 * reversed.length, slots * dates)));
        }
        int last = offset[slot] + dates - 1;
        for (int j = 0; j < dates; j++) {
            reversed[to + j] = dated[last - j];
        }
        return to;
    }

    /**
     * Where a Horner sum over {@code dates} coefficients from {@code from} must start: at its first
     * nonzero one (the last if none is).
     */
    private static int firstNonzero(double[] coefficients, int from, int dates) {
        int zeros = 0;
        while (zeros < dates - 1 && coefficients[from + zeros] == 0) {
            zeros++;
        }
        return zeros;
    }

    /**
     * Leaves in {@code active} only the lanes whose flows must be solved: a lane whose flows equal
     * those of an earlier lane of the group takes that lane's rate once it is solved
     * ({@link #shareRates}), and one whose flows the thread solved before takes the rate found in
     * {@code solved} now. Returns how many lanes are left.
     *
     * <p>Why that gives every lane its own bits: a lane's rate is computed from its flows, the
     * principal and the dates alone, by the same operations whichever lanes it is solved with
     * (the class comment). Flows are equal here when their first nonzero positions are the same and
     * from there every flow has the same bits (so -0 and +0 differ, and flows with a NaN never get
     * here: their total is NaN and their rate -1). The zeros before the first nonzero flow, of either
     * sign, change no sum: every sum starts at +0, and +0 times a factor plus a zero is +0. So the
     * lanes' totals and cash-weighted times are also the same bits, and those are compared first.
     * An earlier equal lane is looked for only among those with the same hash of them (a tranche's
     * 256 lanes compared each with every distinct one before it cost more than the solves saved).
     */
    private int solveOnce(int open, int dates, SolvedFlows[] solved, int buckets) {
        int distinct = 0;
        int shared = 0;
        int tranche = -1;
        int mask = buckets - 1;
        for (int i = 0; i < open; i++) {
            int l = active[i];
            if (trancheOf[l] != tranche) { // active is in slot order: this tranche's lanes come together
                tranche = trancheOf[l];
                java.util.Arrays.fill(bucketHead, 0, buckets, 0);
            }
            // equal flows have equal totals, times and starts, so an earlier equal lane is in this
            // bucket; at most one of them is distinct (a second would have shared the first's solve)
            int bucket = bucketOf(l) & mask;
            int same = -1;
            for (int r = bucketHead[bucket] - 1; r >= 0 && same < 0; r = nextInBucket[r] - 1) {
                if (sameFlows(l, r, dates)) {
                    same = r;
                }
            }
            if (same >= 0) {
                sameAs[l] = same;
                copies[same]++;
                sharing[shared++] = l;
                continue;
            }
            int entry = solved[tranche].find(flowsOf(l), offset[l], start[l], total[l], weightedTime[l]);
            if (entry >= 0) {
                rate[l] = solved[tranche].rate(entry);
                foundSolved++;
            } else {
                copies[l] = 1;
                active[distinct++] = l; // distinct <= i: this slot has been read
                nextInBucket[l] = bucketHead[bucket];
                bucketHead[bucket] = l + 1;
            }
        }
        solvedVectors += distinct;
        sharedInGroup += shared;
        sharingCount = shared;
        return distinct;
    }

    /** The array holding the flows of an open slot (its root's side decided), from {@code offset[slot]}. */
    private double[] flowsOf(int slot) {
        return gain[slot] ? dated : reversed;
    }

    /** The hash of what {@link #sameFlows} compares first: total, cash-weighted time, first nonzero position. */
    private int bucketOf(int l) {
        long key = Double.doubleToRawLongBits(total[l]) * 0x9E3779B97F4A7C15L
                ^ Double.doubleToRawLongBits(weightedTime[l]) * 0xC2B2AE3D27D4EB4FL ^ start[l];
        return (int) (key ^ (key >>> 29) ^ (key >>> 43));
    }

    private boolean sameFlows(int a, int b, int dates) {
        return Double.doubleToRawLongBits(total[a]) == Double.doubleToRawLongBits(total[b])
                && Double.doubleToRawLongBits(weightedTime[a]) == Double.doubleToRawLongBits(weightedTime[b])
                && start[a] == start[b]
                && java.util.Arrays.equals(flowsOf(a), offset[a] + start[a], offset[a] + dates, flowsOf(b),
                        offset[b] + start[b], offset[b] + dates);
    }

    /**
     * Gives each of the lanes of {@code sharing} the rate of the lane it
     * repeats, and keeps the repeated vectors in {@code solved} for the thread's next groups (a
     * vector seen once in a group is left out: it would only push out one that recurs).
     */
    private void shareRates(SolvedFlows[] solved) {
        for (int i = 0; i < sharingCount; i++) {
            int l = sharing[i];
            int r = sameAs[l];
            rate[l] = rate[r];
            if (copies[r] > 1) {
                solved[trancheOf[r]].remember(flowsOf(r), offset[r], start[r], total[r], weightedTime[r], rate[r]);
                copies[r] = 0; // remembered once
            }
        }
    }

    /**
     * Whether lane l's root is inside its bracket, settled without the far end's sum, where a bound
     * settles it: the sum's sign is all that is asked of it, and when the bound holds the sum is
     * certain to have the sign that sends the lane to Newton, so the lane goes there as it would
     * have. Only for flows whose every sign bit is clear (no negative flow, no -0): the bounds rest
     * on every term of the sum being >= 0. x[l] is the far end.
     *
     * <p>x < 0: the sum ends with {@code v = v' p + C_last}, v' p >= 0, and rounding is monotone, so
     * the computed v >= C_last exactly; if {@code C_last > P e^(x t_J)} (computed as
     * {@link #evaluate} computes it) the computed f = v - P e^(x t_J) > 0: inside. x >= 0: the sum is
     * {@code C_first + q S'}, S' = {@code sum_j C_j q^(j-1)} over the later dates <= their total <=
     * the lane's computed total times (1 + J u) (nonnegative terms). The computed Horner sum exceeds
     * its exact value by a factor of at most (1 + u)^(2J); with J <= 8,192 dates a path
     * ({@link PathStatistics#MAX_DATED_FLOWS}) all these factors together stay below 1 + 1e-11.
     * So {@code (C_first + q total)(1 + 1e-9) < P e^(x t_1)} (computed as {@link #evaluate} does)
     * makes the computed f < 0: inside. Underflow inside the sum adds at most J times the smallest
     * subnormal in all, far below the margin once {@code P e^(x t_1) > 1e-280} (required).
     */
    private boolean rootInsideByBound(int l, int dates, double firstTime, double spacing, double lastTime) {
        double lastCoefficient = flowsOf(l)[offset[l] + dates - 1];
        return rootInsideByBound(principalOf[l], lastCoefficient, total[l], gain[l], signBits[l], firstTime, spacing,
                lastTime);
    }

    /**
     * {@link #rootInsideByBound(int, int, double, double, double)} of flows whose Horner sum ends
     * with {@code lastCoefficient} (the first date's flow for x >= 0, the last date's for x < 0), at
     * the far end.
     */
    static boolean rootInsideByBound(double principal, double lastCoefficient, double total, boolean gain,
            long signBits, double firstTime, double spacing, double lastTime) {
        if (signBits < 0) {
            return false;
        }
        if (gain) {
            double farEnd = Math.log1p(CAP);
            double q = Math.exp(-farEnd * spacing);
            double owed = principal * Math.exp(farEnd * firstTime);
            return owed > 1e-280 && (lastCoefficient + q * total) * (1 + 1e-9) < owed;
        }
        return lastCoefficient > principal * Math.exp(LOWEST_LOG * lastTime);
    }

    /** How many flows the copies in date order have room for (tests: RunMemory counts one copy of every slot at most). */
    int copiesCapacity() {
        return reversed.length;
    }

    /**
     * Fills every scratch array with {@code value} and {@code index} (tests: a solver handed on to
     * another worker, {@link PathStatistics#recycle}, holds what its last group left, and must give
     * the next group the figures a new solver gives).
     */
    void fillScratch(double value, int index) {
        for (double[] array : new double[][] {principalOf, rate, lo, hi, x, z, f, df, total, weightedTime, reversed}) {
            java.util.Arrays.fill(array, value);
        }
        for (int[] array : new int[][] {trancheOf, start, solving, active, sharing, sameAs, copies, offset, bucketHead,
                nextInBucket}) {
            java.util.Arrays.fill(array, index);
        }
        java.util.Arrays.fill(signBits, Double.doubleToRawLongBits(value));
        java.util.Arrays.fill(gain, index % 2 == 1);
        dated = reversed; // the last group's array is gone; the next call names its own
    }

    private void size(int slots) {
        if (lo.length < slots) {
            principalOf = new double[slots];
            trancheOf = new int[slots];
            rate = new double[slots];
            lo = new double[slots];
            hi = new double[slots];
            x = new double[slots];
            z = new double[slots];
            f = new double[slots];
            df = new double[slots];
            total = new double[slots];
            weightedTime = new double[slots];
            gain = new boolean[slots];
            solving = new int[slots];
            active = new int[slots];
            start = new int[slots];
            signBits = new long[slots];
            sharing = new int[slots];
            sameAs = new int[slots];
            copies = new int[slots];
            nextInBucket = new int[slots];
            offset = new int[slots];
        }
    }

    /** One safeguarded Newton step of lane l from the value at x[l]; whether it goes on. */
    private boolean newtonStep(int l) {
        double value = f[l];
        if (value == 0) {
            return false;
        }
        double from = x[l];
        if (value > 0) {
            lo[l] = from;
        } else {
            hi[l] = from;
        }
        double next = from - value / df[l];
        if (!(next > lo[l] && next < hi[l])) {
            next = 0.5 * (lo[l] + hi[l]);
        }
        x[l] = next;
        double scale = Math.max(1, Math.abs(from));
        return !(Math.abs(next - from) <= 1e-15 * scale || hi[l] - lo[l] <= 1e-15 * scale);
    }

    /**
     * Sets f[l] and df[l] of the first {@code count} lanes of {@code active} to the scaled present
     * value less the principal and its derivative in x, at x[l]. For x >= 0 (gain):
     * {@code sum_j C_j q^j - P e^(x t_1)}, q = e^(-x h) <= 1; for x < 0:
     * {@code sum_j C_j p^(J-1-j) - P e^(x t_J)}, p = e^(x h) <= 1. Both are the present value times a
     * positive factor (e^(x t_1), e^(x t_J)).
     */
    private void evaluate(int count, int dates, double firstTime, double spacing) {
        for (int i = 0; i < count; i++) {
            int l = active[i];
            z[l] = gain[l] ? Math.exp(-x[l] * spacing) : Math.exp(x[l] * spacing);
        }
        int group = 0;
        for (; group + 8 <= count; group += 8) {
            hornerOfEight(dates, group);
        }
        for (; group < count; group += 4) { // a short last group repeats its last lane
            int last = count - 1;
            horner(dates, active[group], active[Math.min(group + 1, last)], active[Math.min(group + 2, last)],
                    active[Math.min(group + 3, last)]);
        }
        double lastTime = firstTime + (dates - 1) * spacing;
        for (int i = 0; i < count; i++) {
            int l = active[i];
            double principal = principalOf[l];
            if (gain[l]) {
                double grown = Math.exp(x[l] * firstTime);
                f[l] = f[l] - principal * grown;
                df[l] = -spacing * z[l] * df[l] - principal * firstTime * grown; // dq/dx = -h q
            } else {
                double shrunk = Math.exp(x[l] * lastTime);
                f[l] = f[l] - principal * shrunk;
                df[l] = spacing * z[l] * df[l] - principal * lastTime * shrunk; // dp/dx = h p
            }
        }
    }

    /**
     * {@link #horner} of the eight lanes {@code active[from, from + 8)}: sixteen independent chains,
     * which keep the floating-point units busier than eight (on this machine's AVX-512 registers a
     * lane-date takes 0.30 ns rather than 0.45, on AVX2 0.58 rather than 0.70: docs/performance.md,
     * issue 13 fifth pass). Each chain is the one its lane would have alone.
     */
    private void hornerOfEight(int dates, int from) {
        int a = active[from];
        int b = active[from + 1];
        int c = active[from + 2];
        int d = active[from + 3];
        int e = active[from + 4];
        int g = active[from + 5];
        int h = active[from + 6];
        int k = active[from + 7];
        double[] ca = flowsOf(a);
        double[] cb = flowsOf(b);
        double[] cc = flowsOf(c);
        double[] cd = flowsOf(d);
        double[] ce = flowsOf(e);
        double[] cg = flowsOf(g);
        double[] ch = flowsOf(h);
        double[] ck = flowsOf(k);
        int oa = offset[a];
        int ob = offset[b];
        int oc = offset[c];
        int od = offset[d];
        int oe = offset[e];
        int og = offset[g];
        int oh = offset[h];
        int ok = offset[k];
        double za = z[a];
        double zb = z[b];
        double zc = z[c];
        double zd = z[d];
        double ze = z[e];
        double zg = z[g];
        double zh = z[h];
        double zk = z[k];
        double va = 0;
        double vb = 0;
        double vc = 0;
        double vd = 0;
        double ve = 0;
        double vg = 0;
        double vh = 0;
        double vk = 0;
        double sa = 0;
        double sb = 0;
        double sc = 0;
        double sd = 0;
        double se = 0;
        double sg = 0;
        double sh = 0;
        double sk = 0;
        int first = Math.min(Math.min(Math.min(start[a], start[b]), Math.min(start[c], start[d])),
                Math.min(Math.min(start[e], start[g]), Math.min(start[h], start[k])));
        for (int j = first; j < dates; j++) {
            sa = sa * za + va;
            va = va * za + ca[oa + j];
            sb = sb * zb + vb;
            vb = vb * zb + cb[ob + j];
            sc = sc * zc + vc;
            vc = vc * zc + cc[oc + j];
            sd = sd * zd + vd;
            vd = vd * zd + cd[od + j];
            se = se * ze + ve;
            ve = ve * ze + ce[oe + j];
            sg = sg * zg + vg;
            vg = vg * zg + cg[og + j];
            sh = sh * zh + vh;
            vh = vh * zh + ch[oh + j];
            sk = sk * zk + vk;
            vk = vk * zk + ck[ok + j];
        }
        f[a] = va;
        df[a] = sa;
        f[b] = vb;
        df[b] = sb;
        f[c] = vc;
        df[c] = sc;
        f[d] = vd;
        df[d] = sd;
        f[e] = ve;
        df[e] = se;
        f[g] = vg;
        df[g] = sg;
        f[h] = vh;
        df[h] = sh;
        f[k] = vk;
        df[k] = sk;
    }

    /**
     * The Horner sums of lanes a, b, c and d (f = the polynomial in z, df its derivative), each the
     * chain it would be alone: {@code slope = slope * z + value; value = value * z + C}, from the
     * first coefficient any of them needs (before its own first nonzero one a sum stays exactly +0).
     */
    private void horner(int dates, int a, int b, int c, int d) {
        double[] ca = flowsOf(a);
        double[] cb = flowsOf(b);
        double[] cc = flowsOf(c);
        double[] cd = flowsOf(d);
        int oa = offset[a];
        int ob = offset[b];
        int oc = offset[c];
        int od = offset[d];
        double za = z[a];
        double zb = z[b];
        double zc = z[c];
        double zd = z[d];
        double va = 0;
        double vb = 0;
        double vc = 0;
        double vd = 0;
        double sa = 0;
        double sb = 0;
        double sc = 0;
        double sd = 0;
        for (int j = Math.min(Math.min(start[a], start[b]), Math.min(start[c], start[d])); j < dates; j++) {
            sa = sa * za + va;
            va = va * za + ca[oa + j];
            sb = sb * zb + vb;
            vb = vb * zb + cb[ob + j];
            sc = sc * zc + vc;
            vc = vc * zc + cc[oc + j];
            sd = sd * zd + vd;
            vd = vd * zd + cd[od + j];
        }
        f[a] = va;
        df[a] = sa;
        f[b] = vb;
        df[b] = sb;
        f[c] = vc;
        df[c] = sc;
        f[d] = vd;
        df[d] = sd;
    }
}
