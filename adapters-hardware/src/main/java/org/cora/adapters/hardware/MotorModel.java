package org.cora.adapters.hardware;

/**
 * How a simulated motor moves: its top speed in units per second and the acceleration it speeds
 * up and brakes with, in units per second squared; both positive.
 */
record MotorModel(double velocity, double acceleration) {

    MotorModel {
        if (!(velocity > 0) || !(acceleration > 0) || Double.isInfinite(velocity) || Double.isInfinite(acceleration)) {
            throw new IllegalArgumentException("a motor needs a finite positive velocity and acceleration");
        }
    }
}
