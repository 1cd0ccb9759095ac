/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Occupational Responsibility</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.OccupationalResponsibility#getNumber <em>Number</em>}</li>
 *   <li>{@link org.curriculum.model.OccupationalResponsibility#getPracticalSkillsModules <em>Practical Skills Modules</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getOccupationalResponsibility()
 * @model
 * @generated
 */
public interface OccupationalResponsibility extends MappableItem {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.curriculum.model.CurriculumPackage#getOccupationalResponsibility_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.curriculum.model.OccupationalResponsibility#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Practical Skills Modules</b></em>' reference list.
	 * The list contents are of type {@link org.curriculum.model.PracticalSkillsModule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The practical skills modules that cover this responsibility.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Practical Skills Modules</em>' reference list.
	 * @see org.curriculum.model.CurriculumPackage#getOccupationalResponsibility_PracticalSkillsModules()
	 * @model
	 * @generated
	 */
	EList<PracticalSkillsModule> getPracticalSkillsModules();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Each occupational responsibility is covered by a practical skills module.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validateHasPracticalSkillsModule(DiagnosticChain diagnostics, Map<Object, Object> context);

} // OccupationalResponsibility
