#pragma once

namespace limber {

/// Segment lengths of the figure as fractions of body height H (Drillis and
/// Contini 1966, as tabulated by Winter), plus the thicknesses the pictogram
/// draws them with. Everything in the figure module is in units of H.
struct BodyProportions
{
    double headHeight = 0.130; ///< top of head to chin
    double neck = 0.052; ///< shoulder line to chin
    double shoulderHeight = 0.818; ///< standing, floor to shoulder line
    double trunk = 0.288; ///< hip joint to shoulder line
    double hipHeight = 0.530; ///< standing, floor to hip joint
    double thigh = 0.245; ///< hip joint to knee
    double shank = 0.246; ///< knee to ankle
    double ankleHeight = 0.039; ///< sole to ankle
    double footLength = 0.152; ///< heel to toe tip
    double upperArm = 0.186; ///< shoulder to elbow
    double forearm = 0.146; ///< elbow to wrist
    double hand = 0.108; ///< wrist to finger tips
    double shoulderWidth = 0.259; ///< outer width across the shoulders
    double hipWidth = 0.191; ///< outer width across the hips

    // The pictogram's own choices, not anthropometry: constant limb widths
    // (legs a little wider than arms) and the trunk's thickness.
    double legWidth = 0.068;
    double armWidth = 0.054;
    double chestDepth = 0.125; ///< front to back at the chest
    double pelvisDepth = 0.120; ///< front to back at the hips
    double waistFraction = 0.9; ///< waist width relative to the hips
    double lumbarHeight = 0.10; ///< lower spine bend point above the hip joints

    /// Lateral distance between the two hip joint centres: the outer hip
    /// width less one leg width, so the drawn outline spans hipWidth.
    double hipJointSpan() const { return hipWidth - legWidth; }
    /// Lateral distance between the shoulder joint centres, likewise.
    double shoulderJointSpan() const { return shoulderWidth - armWidth; }
    /// Radius of the round head: half the top-of-head-to-chin height.
    double headRadius() const { return headHeight / 2; }
    /// Distance from the ankle joint to the centre of the toe end of the
    /// drawn foot, measured along the sole; the cap adds half a leg width.
    double footReach() const { return footLength * 0.75 - legWidth / 2; }
};

} // namespace limber
