/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Practical Skill</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.curriculum.model.CurriculumPackage#getPracticalSkill()
 * @model
 * @generated
 */
public interface PracticalSkill extends MappableItem {
} // PracticalSkill
