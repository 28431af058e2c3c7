package vn.atgt.thidua.nomination;

/** Sex of an individual nominee (statistics convention). */
public enum Sex {
	NAM, NU
}
