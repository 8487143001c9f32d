package io.tranchelab.model;

/**
 * A bridge that carries the pool's holdings to another chain (docs/model.md §5.5). Exploits come
 * at {@code exploitIntensity} a year; each destroys {@code lossFraction} of what the pool holds
 * on the chains it serves. Exploits of different bridges are tied through one common factor:
 * bridge b's latent draw is {@code a_b M + sqrt(1 - a_b^2) e_b} with {@code a_b} its
 * {@code factorLoading}, so two bridges' latent draws have correlation {@code a_b a_c}.
 *
 * @param exploitIntensity exploits per year (Poisson)
 * @param lossFraction     share of what is bridged that one exploit destroys, 0..1
 * @param factorLoading    weight of the common factor, 0 (independent) to 1 (every bridge at once)
 */
public record Bridge(String name, double exploitIntensity, double lossFraction, double factorLoading) {

    public Bridge withExploitIntensity(double value) {
        return new Bridge(name, value, lossFraction, factorLoading);
    }

    public Bridge withLossFraction(double value) {
        return new Bridge(name, exploitIntensity, value, factorLoading);
    }

    public Bridge withFactorLoading(double value) {
        return new Bridge(name, exploitIntensity, lossFraction, value);
    }
}
